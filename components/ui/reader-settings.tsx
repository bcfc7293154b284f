import type { ReactNode } from 'react';
import { island } from '@/lib/browser/islands';
import { fontSteps, themeChoices, type FontStep, type ThemeChoice } from '@/lib/browser/reader-prefs';

export interface ReaderSettingsLabels {
  /** The control's name ("阅读设置"). */
  settings: string;
  fontSize: string;
  fontStepNames: Record<FontStep, string>;
  smaller: string;
  larger: string;
  theme: string;
  themeChoice: Record<ThemeChoice, string>;
  noScript: string;
}

interface ReaderSettingsProps {
  labels: ReaderSettingsLabels;
  /** Page-specific rows shown first (the essay's reading modes); they work without scripting. */
  children?: ReactNode;
  /** The last row, shown only with scripting ("全部离线保存", components/ui/offline-save.tsx). */
  last?: ReactNode;
}

const row = 'flex min-h-11 items-center';
const button =
  'inline-flex h-11 min-w-11 items-center justify-center rounded-md px-3 hover:bg-(--color-rule) aria-disabled:opacity-40';

/**
 * "Aa": the reading settings in one compact control, the markup of the `reader-controls` island
 * (`islands/reader-controls.ts`). A `<details>` disclosure, so it opens and closes with a tap, Enter or
 * Space, and is announced as expanded or collapsed, with no script at all; the island adds Escape, closing
 * on a tap elsewhere, and the font size and theme buttons, which need scripting (without it a note says what
 * still works, and the reading modes, plain links, still work). The panel is positioned against the
 * header's row, under the control on wide screens and across the screen on phones.
 */
export function ReaderSettings({ labels, children, last }: ReaderSettingsProps) {
  return (
    <details {...island('reader-controls')} className="reader-settings" data-has-page-rows={children ? '' : undefined}>
      <summary
        title={labels.settings}
        className="flex h-11 min-w-11 cursor-pointer list-none items-center justify-center rounded-md px-2 select-none hover:bg-(--color-rule) [&::-webkit-details-marker]:hidden"
      >
        <span aria-hidden="true" className="font-serif text-[1.05rem] leading-none">
          Aa
        </span>
        <span className="sr-only">Aa {labels.settings}</span>
      </summary>
      <div
        role="group"
        aria-label={labels.settings}
        data-settings-panel=""
        className="ui absolute inset-x-2 top-full z-50 mt-1 space-y-3 rounded-lg border border-(--color-rule) bg-(--color-paper) p-3 text-sm text-(--color-ink) shadow-lg sm:start-auto sm:end-4 sm:w-80"
      >
        {children}
        <div data-script-only="" className="space-y-3">
          <div role="group" aria-label={labels.fontSize} className={`${row} justify-between gap-2`}>
            <span aria-hidden="true" className="text-(--color-muted)">
              {labels.fontSize}
            </span>
            <span className="flex items-center gap-1">
              <button type="button" aria-label={labels.smaller} data-font-control="smaller" className={button}>
                A−
              </button>
              <output
                data-font-step-name=""
                aria-live="polite"
                className="min-w-16 text-center tabular-nums"
                {...Object.fromEntries(fontSteps.map((s) => [`data-name-${s}`, labels.fontStepNames[s]]))}
              >
                {labels.fontStepNames.m}
              </output>
              <button type="button" aria-label={labels.larger} data-font-control="larger" className={button}>
                A+
              </button>
            </span>
          </div>
          <div role="group" aria-label={labels.theme} className={`${row} justify-between gap-2`}>
            <span aria-hidden="true" className="text-(--color-muted)">
              {labels.theme}
            </span>
            <span className="flex overflow-hidden rounded-md border border-(--color-rule)">
              {themeChoices.map((choice) => (
                <button
                  key={choice}
                  type="button"
                  aria-pressed={choice === 'system'}
                  data-theme-option={choice}
                  className="inline-flex h-11 min-w-11 items-center justify-center px-2.5 aria-pressed:bg-(--color-ink) aria-pressed:text-(--color-paper)"
                >
                  {labels.themeChoice[choice]}
                </button>
              ))}
            </span>
          </div>
          {last}
        </div>
        <p data-needs-script="" className="text-(--color-muted)">
          {labels.noScript}
        </p>
      </div>
    </details>
  );
}
