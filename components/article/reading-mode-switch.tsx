import { island } from '@/lib/islands';
import type { ReadingMode } from '@/lib/reading-mode';

interface ReadingModeSwitchProps {
  current: ReadingMode;
  hrefs: Record<ReadingMode, string>;
  labels: Record<ReadingMode, string> & { group: string };
}

/**
 * 中文 / 中英对照: plain links between an essay's Chinese page and its bilingual page (they work without
 * JavaScript); with JavaScript the `reading-mode-switch` island remembers the choice for the next essay.
 */
export function ReadingModeSwitch({ current, hrefs, labels }: ReadingModeSwitchProps) {
  return (
    <nav {...island('reading-mode-switch')} aria-label={labels.group} className="ui" data-print="hide">
      <ul className="inline-flex overflow-hidden rounded-full border border-(--color-rule) text-sm">
        {(['zh', 'bilingual'] as const).map((mode) => (
          <li key={mode}>
            {mode === current ? (
              <span aria-current="page" className="block bg-(--color-ink) px-3 py-1 text-(--color-paper)">
                {labels[mode]}
              </span>
            ) : (
              <a
                href={hrefs[mode]}
                data-reading-mode={mode}
                className="block px-3 py-1 text-(--color-ink) no-underline hover:bg-(--color-rule)"
              >
                {labels[mode]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
