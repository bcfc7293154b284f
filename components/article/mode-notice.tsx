import { island } from '@/lib/browser/islands';

interface ModeNoticeProps {
  /** Path of the Chinese-only page this bilingual page stands in for. */
  from: string;
  labels: { text: string; back: string; dismiss: string };
}

/**
 * On a 中英对照 page: the quiet notice shown when the reader's remembered choice sent them here instead of
 * the Chinese page their link named (islands/mode-notice.ts shows it; hidden otherwise, and without
 * scripting, when there is no redirect either). Fixed under the header, so showing it moves nothing.
 */
export function ModeNotice({ from, labels }: ModeNoticeProps) {
  return (
    <div
      {...island('mode-notice', { from })}
      data-mode-notice=""
      role="status"
      hidden
      data-print="hide"
      className="ui fixed inset-x-3 top-16 z-30 mx-auto flex max-w-md items-center gap-1 rounded-lg border border-(--color-rule) bg-(--color-paper) py-1 ps-3 pe-1 text-sm shadow-md"
    >
      <p className="me-auto py-2 text-(--color-muted)">{labels.text}</p>
      <span {...island('reading-mode-switch')}>
        <a
          href={from}
          data-reading-mode="zh"
          className="inline-flex min-h-11 items-center px-2 whitespace-nowrap text-(--color-accent)"
        >
          {labels.back}
        </a>
      </span>
      <button
        type="button"
        data-dismiss=""
        aria-label={labels.dismiss}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-(--color-muted) hover:bg-(--color-rule)"
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
