import { island } from '@/lib/browser/islands';

interface PermalinkCopierProps {
  copiedLabel: string;
}

/**
 * The `permalink-copy` island's status line: a click on any ¶ link still goes to the paragraph, and with
 * JavaScript the paragraph's full URL is also copied, announced politely and shown for a moment as a small
 * notice at the bottom of the screen.
 */
export function PermalinkCopier({ copiedLabel }: PermalinkCopierProps) {
  return (
    <p
      {...island('permalink-copy', { copiedLabel })}
      role="status"
      data-permalink-status=""
      className="toast ui pointer-events-none fixed inset-x-0 bottom-16 z-40 mx-auto w-fit max-w-[calc(100vw-2rem)] rounded-full bg-(--color-ink) px-4 py-2 text-sm text-(--color-paper) opacity-0 shadow-lg transition-opacity duration-200 data-visible:opacity-100 empty:invisible"
    />
  );
}
