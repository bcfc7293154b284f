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
 */
export function ScriptSwitch({ current, hrefs, label }: ScriptSwitchProps) {
  return (
    <nav {...island('variant-switch')} aria-label={label} className="ui">
      <ul className="flex overflow-hidden rounded-full border border-(--color-rule) text-sm">
        {variants.map((v) =>
          v.id !== current && hrefs[v.id] === undefined ? null : v.id === current ? (
            <li key={v.id}>
              <span
                aria-current="true"
                lang={v.lang}
                title={v.label}
                className="block bg-(--color-ink) px-2 py-1 text-(--color-paper) sm:px-3"
              >
                {v.short}
              </span>
            </li>
          ) : (
            <li key={v.id}>
              <a
                href={hrefs[v.id]}
                hrefLang={v.lang}
                lang={v.lang}
                title={v.label}
                data-variant-switch={v.id}
                className="block px-2 py-1 text-(--color-ink) no-underline hover:bg-(--color-rule) sm:px-3"
              >
                {v.short}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
