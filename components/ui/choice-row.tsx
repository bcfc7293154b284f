import type { HTMLAttributes } from 'react';

interface ChoiceRowProps<C extends string> {
  label: string;
  /** The choices in order, with their labels; the first is the default (pressed before scripting says otherwise). */
  choices: readonly (readonly [C, string])[];
  /** Each button's `data-*` attribute holding its choice (`data-wording-option`). */
  optionAttribute: `data-${string}`;
  /** The island's root attributes (`island(…)`) and any more of its own. */
  root: HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string | undefined>;
  className?: string;
}

/**
 * A row of "Aa" offering one reader preference as a segmented choice (用词, 排版): a labelled group of
 * toggle buttons, the markup of an island that presses the remembered one. It needs scripting, so it is
 * hidden without it (`data-script-only`).
 */
export function ChoiceRow<C extends string>({ label, choices, optionAttribute, root, className }: ChoiceRowProps<C>) {
  return (
    <div
      {...root}
      data-script-only=""
      role="group"
      aria-label={label}
      className={`flex min-h-11 items-center justify-between gap-2 ${className ?? ''}`}
    >
      <span aria-hidden="true" className="text-(--color-muted)">
        {label}
      </span>
      <span className="flex overflow-hidden rounded-md border border-(--color-rule)">
        {choices.map(([choice, name], i) => (
          <button
            key={choice}
            type="button"
            aria-pressed={i === 0}
            {...{ [optionAttribute]: choice }}
            className="inline-flex h-11 min-w-11 items-center justify-center px-2.5 aria-pressed:bg-(--color-ink) aria-pressed:text-(--color-paper)"
          >
            {name}
          </button>
        ))}
      </span>
    </div>
  );
}
