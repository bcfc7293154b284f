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
 * control (named from the choices' own labels: every byte of this row is in each essay page's first visit);
 * it needs scripting, so it is hidden without it.
 */
export function ReadingsChoice({ kinds, t }: ReadingsChoiceProps & { t: Messages }) {
  const choices = ['off', ...kinds] as const;
  return (
    <div
      {...island('readings-choice', { show: t.readingsShow })}
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
