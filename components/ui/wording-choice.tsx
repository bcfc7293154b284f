import { island } from '@/lib/browser/islands';
import { wordingChoices, type WordingChoice as Choice } from '@/lib/browser/reader-prefs';
import type { WordingLabels } from '@/lib/regional/wording-markup';

interface WordingChoiceProps {
  label: string;
  choices: Record<Choice, string>;
  /** The labels of a swapped word's popover. */
  forms: WordingLabels;
}

/**
 * The regional-wording row of "Aa" on Taiwan and Hong Kong essay pages: the authors' words (the default) or
 * the edition's own. The markup of the `wording-choice` island (islands/wording-choice.ts); it needs
 * scripting, so it is hidden without it (the page then shows the authors' words).
 */
export function WordingChoice({ label, choices, forms }: WordingChoiceProps) {
  return (
    <div
      {...island('wording-choice')}
      data-wording-labels={JSON.stringify(forms)}
      data-script-only=""
      role="group"
      aria-label={label}
      className="flex min-h-11 items-center justify-between gap-2"
    >
      <span aria-hidden="true" className="text-(--color-muted)">
        {label}
      </span>
      <span className="flex overflow-hidden rounded-md border border-(--color-rule)">
        {wordingChoices.map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={choice === 'author'}
            data-wording-option={choice}
            className="inline-flex h-11 min-w-11 items-center justify-center px-2.5 aria-pressed:bg-(--color-ink) aria-pressed:text-(--color-paper)"
          >
            {choices[choice]}
          </button>
        ))}
      </span>
    </div>
  );
}
