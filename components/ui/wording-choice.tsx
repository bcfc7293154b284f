import { island } from '@/lib/browser/islands';
import { wordingChoices, type WordingChoice as Choice } from '@/lib/browser/reader-prefs';
import type { WordingLabels } from '@/lib/regional/wording-markup';
import { ChoiceRow } from './choice-row';

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
    <ChoiceRow
      label={label}
      choices={wordingChoices.map((c) => [c, choices[c]] as const)}
      optionAttribute="data-wording-option"
      root={{ ...island('wording-choice'), 'data-wording-labels': JSON.stringify(forms) }}
    />
  );
}
