import { island } from '@/lib/browser/islands';
import { writingChoices, type WritingChoice as Choice } from '@/lib/browser/reader-prefs';
import { ChoiceRow } from './choice-row';

interface WritingChoiceProps {
  label: string;
  choices: Record<Choice, string>;
}

/**
 * The 排版 row of "Aa" on Chinese essay pages: 横排 (the default) or 直排, vertical setting
 * (app/styles/vertical.css), offered on wide screens only: a phone's narrow, tall screen is not where a
 * horizontally scrolling page of vertical lines reads well. The markup of the `writing-choice` island.
 */
export function WritingChoice({ label, choices }: WritingChoiceProps) {
  return (
    <ChoiceRow
      label={label}
      choices={writingChoices.map((c) => [c, choices[c]] as const)}
      optionAttribute="data-writing-option"
      root={island('writing-choice')}
      className="writing-choice"
    />
  );
}
