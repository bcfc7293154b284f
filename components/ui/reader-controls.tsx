import { island } from '@/lib/islands';
import { themeChoices, type ThemeChoice } from '@/lib/reader-prefs';

interface ReaderControlsProps {
  labels: {
    /** The theme button's accessible name for each choice ("配色：跟随系统"). */
    theme: Record<ThemeChoice, string>;
    themeChoice: Record<ThemeChoice, string>;
    smaller: string;
    larger: string;
    fontSize: string;
  };
}

const icons: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** Per theme choice, the button's accessible name and tooltip, for the island to switch between. */
function choiceLabels(labels: ReaderControlsProps['labels']): Record<`data-${string}`, string> {
  const attributes: Record<`data-${string}`, string> = {};
  for (const c of themeChoices) {
    attributes[`data-label-${c}`] = labels.theme[c];
    attributes[`data-title-${c}`] = labels.themeChoice[c];
  }
  return attributes;
}

/**
 * Theme (system / light / dark) and font size (four steps), remembered across pages: the markup of the
 * `reader-controls` island (`islands/reader-controls.ts`). The icon shown is chosen by CSS from
 * `<html data-theme-choice>`, which the head script sets before first paint. Hidden without scripting.
 */
export function ReaderControls({ labels }: ReaderControlsProps) {
  const button = 'rounded px-2 py-1 hover:bg-(--color-rule) disabled:opacity-40';
  return (
    <div
      {...island('reader-controls')}
      className="ui flex items-center gap-1 text-sm"
      role="group"
      aria-label={labels.fontSize}
    >
      <button type="button" aria-label={labels.smaller} data-font-control="smaller" className={button}>
        A−
      </button>
      <button type="button" aria-label={labels.larger} data-font-control="larger" className={button}>
        A+
      </button>
      <button
        type="button"
        aria-label={labels.theme.system}
        title={labels.themeChoice.system}
        data-theme-control="system"
        {...choiceLabels(labels)}
        className={button}
      >
        {themeChoices.map((c) => (
          <span key={c} aria-hidden="true" data-theme-icon={c}>
            {icons[c]}
          </span>
        ))}
      </button>
    </div>
  );
}
