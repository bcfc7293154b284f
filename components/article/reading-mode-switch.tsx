import { island } from '@/lib/browser/islands';
import type { ModeChoice } from '@/lib/views/mode-choices';

interface ReadingModeSwitchProps {
  choices: readonly ModeChoice[];
  label: string;
}

function Label({ choice }: { choice: ModeChoice }) {
  return (
    <span>
      {choice.label}
      {choice.detail ? <span lang={choice.detail.lang}> · {choice.detail.text}</span> : null}
    </span>
  );
}

/**
 * 中文 / 中英对照 (English / 中英对照 on English pages): plain links between an essay's pages, which work
 * without JavaScript; the `reading-mode-switch` island makes them land on the paragraph in view and
 * remembers the choice for the next essay. A list of full-width rows, so it fits any panel it is put in; a
 * group rather than a landmark, as a page offers it in more than one place.
 */
export function ReadingModeSwitch({ choices, label }: ReadingModeSwitchProps) {
  return (
    <div {...island('reading-mode-switch')} role="group" aria-label={label} className="ui" data-print="hide">
      <ul className="grid gap-1 text-sm">
        {choices.map((choice) => (
          <li key={choice.href}>
            {choice.current ? (
              <span
                aria-current="page"
                lang={choice.lang}
                className="flex min-h-11 items-center gap-2 rounded-md bg-(--color-ink) px-3 text-(--color-paper)"
              >
                <span aria-hidden="true">✓</span>
                <Label choice={choice} />
              </span>
            ) : (
              <a
                href={choice.href}
                lang={choice.lang}
                hrefLang={choice.detail?.lang ?? choice.lang}
                data-reading-mode={choice.mode}
                className="flex min-h-11 items-center gap-2 rounded-md px-3 text-(--color-ink) no-underline hover:bg-(--color-rule)"
              >
                <span aria-hidden="true" className="invisible">
                  ✓
                </span>
                <Label choice={choice} />
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * 中文 | 对照 | EN by the byline (issue 28): the site's signature mode is on the first screen of every essay
 * page, not only in "Aa" and after the notes. The same plain links and `reading-mode-switch` island as the
 * lists above (the choice is remembered and the reader lands on the paragraph in view); each segment is a
 * 44 px target, the current one is marked `aria-current`.
 */
export function ReadingModeSegments({ choices, label }: ReadingModeSwitchProps) {
  return (
    <div {...island('reading-mode-switch')} role="group" aria-label={label} className="ui" data-print="hide">
      <ul data-mode-segments="" className="mode-segments">
        {choices.map((choice) => (
          <li key={choice.mode}>
            {choice.current ? (
              <span aria-current="page" lang={choice.lang} data-mode={choice.mode}>
                {choice.label}
              </span>
            ) : (
              <a
                href={choice.href}
                lang={choice.lang}
                hrefLang={choice.lang}
                data-reading-mode={choice.mode}
                data-mode={choice.mode}
              >
                {choice.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
