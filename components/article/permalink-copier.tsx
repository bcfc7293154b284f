import { island } from '@/lib/islands';

interface PermalinkCopierProps {
  copiedLabel: string;
}

/**
 * The polite status line of the `permalink-copy` island: a click on any ¶ link still goes to the paragraph,
 * and with JavaScript the paragraph's full URL is also copied and announced here.
 */
export function PermalinkCopier({ copiedLabel }: PermalinkCopierProps) {
  return (
    <p
      {...island('permalink-copy')}
      role="status"
      className="ui sr-only"
      data-permalink-status=""
      data-copied-label={copiedLabel}
    />
  );
}
