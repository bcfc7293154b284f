import { island } from '@/lib/browser/islands';
import type { Messages } from '@/lib/i18n/messages';
import type { ReadingKind } from '@/lib/readings/kinds';

export interface ReadingsChoiceProps {
  /** What the edition offers (lib/readings/kinds.ts). */
  kinds: readonly ReadingKind[];
}

/**
 * "Aa" → 读音 on Chinese essay and 中英对照 pages: off (the default) or one of the edition's readings. The
 * markup of the `readings-choice` island (islands/readings-choice.ts), which also adds each paragraph's own
 * control; it needs scripting, so it is hidden without it.
 */
export function ReadingsChoice({ kinds, t }: ReadingsChoiceProps & { t: Messages }) {
  const choices = ['off', ...kinds] as const;
  // Only the edition's kinds: every byte of this row is in each essay page's first visit.
  const pick = (all: Record<ReadingKind, string>) => Object.fromEntries(kinds.map((kind) => [kind, all[kind]]));
  const labels = { show: pick(t.readingsShow), mark: pick(t.readingsMark) };
  return (
    <div
      {...island('readings-choice', { kinds: kinds.join(' '), labels: JSON.stringify(labels) })}
      data-script-only=""
      role="group"
      aria-label={t.readingsLabel}
      className="flex min-h-11 items-center justify-between gap-2"
    >
      <span aria-hidden="true" className="text-(--color-muted)">
        {t.readingsLabel}
      </span>
      <span className="flex overflow-hidden rounded-md border border-(--color-rule)">
        {choices.map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={choice === 'off'}
            data-readings-option={choice}
            className="inline-flex h-11 min-w-11 items-center justify-center px-2.5 aria-pressed:bg-(--color-ink) aria-pressed:text-(--color-paper)"
          >
            {t.readingsChoice[choice]}
          </button>
        ))}
      </span>
    </div>
  );
}
