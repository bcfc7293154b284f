import { island } from '@/lib/islands';
import { variants, type VariantId } from '@/lib/variants';

interface ScriptSwitchProps {
  current: VariantId;
  /** The same page in each other variant that has it (`/zh-hant/articles/…/`). */
  hrefs: Partial<Record<VariantId, string>>;
  label: string;
}

/**
 * 简 / 繁 / EN: plain links to the same page in the other variants (work without JavaScript). The
 * `variant-switch` island (`islands/variant-switch.ts`) adds the paragraph in view and remembers the choice.
 * Each link is a 44 px square around a small label; the current variant is a filled label, not a link.
 */
export function ScriptSwitch({ current, hrefs, label }: ScriptSwitchProps) {
  return (
    <nav {...island('variant-switch')} aria-label={label} className="ui">
      <ul className="flex text-sm">
        {variants.map((v) =>
          v.id !== current && hrefs[v.id] === undefined ? null : (
            <li key={v.id}>
              {v.id === current ? (
                <span aria-current="true" lang={v.lang} title={v.label} className="flex h-11 items-center px-1">
                  <span className="rounded-md bg-(--color-ink) px-1.5 py-0.5 text-(--color-paper)">{v.short}</span>
                </span>
              ) : (
                <a
                  href={hrefs[v.id]}
                  hrefLang={v.lang}
                  lang={v.lang}
                  title={v.label}
                  data-variant-switch={v.id}
                  className="flex h-11 min-w-11 items-center justify-center rounded-md text-(--color-ink) no-underline hover:bg-(--color-rule)"
                >
                  {v.short}
                </a>
              )}
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
