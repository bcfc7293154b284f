import { island } from '@/lib/browser/islands';
import { variants, type VariantId } from '@/lib/site/variants';

interface ScriptSwitchProps {
  current: VariantId;
  /** The same page in each other variant that has it (`/zh-hant/articles/…/`). */
  hrefs: Partial<Record<VariantId, string>>;
  label: string;
}

/**
 * 简 / 繁 / 港 / EN: plain links to the same page in the other variants (work without JavaScript). The
 * `variant-switch` island (`islands/variant-switch.ts`) adds the paragraph in view and remembers the choice.
 * From 440 px each link is a 44 px square around a small label, the current variant a filled label; below,
 * where four squares do not fit beside the other controls, the current label opens a menu of every variant
 * by its full name (a `<details>`, so it opens without script too).
 */
export function ScriptSwitch({ current, hrefs, label }: ScriptSwitchProps) {
  const here = variants.find((v) => v.id === current)!;
  const offered = variants.filter((v) => v.id === current || hrefs[v.id] !== undefined);
  const link = (v: (typeof variants)[number], className: string, text: string) => (
    <a
      href={hrefs[v.id]}
      hrefLang={v.lang}
      lang={v.lang}
      title={v.label}
      data-variant-switch={v.id}
      className={className}
    >
      {text}
    </a>
  );
  return (
    <nav {...island('variant-switch')} aria-label={label} className="ui">
      <ul data-variant-row="" className="hidden text-sm min-[440px]:flex">
        {offered.map((v) => (
          <li key={v.id}>
            {v.id === current ? (
              <span aria-current="true" lang={v.lang} title={v.label} className="flex h-11 items-center px-1">
                <span className="rounded-md bg-(--color-ink) px-1.5 py-0.5 text-(--color-paper)">{v.short}</span>
              </span>
            ) : (
              link(
                v,
                'flex h-11 min-w-11 items-center justify-center rounded-md text-(--color-ink) no-underline hover:bg-(--color-rule)',
                v.short,
              )
            )}
          </li>
        ))}
      </ul>
      <details data-variant-menu="" className="text-sm min-[440px]:hidden">
        <summary
          title={label}
          className="flex h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-0.5 rounded-md select-none hover:bg-(--color-rule) [&::-webkit-details-marker]:hidden"
        >
          <span lang={here.lang} className="rounded-md bg-(--color-ink) px-1.5 py-0.5 text-(--color-paper)">
            {here.short}
          </span>
          <span aria-hidden="true" className="text-xs text-(--color-muted)">
            ▾
          </span>
          <span className="sr-only">
            {label} {here.label}
          </span>
        </summary>
        <ul className="absolute end-2 top-full z-50 mt-1 min-w-44 rounded-lg border border-(--color-rule) bg-(--color-paper) p-1 shadow-lg">
          {offered.map((v) => (
            <li key={v.id}>
              {v.id === current ? (
                <span
                  aria-current="true"
                  lang={v.lang}
                  className="flex min-h-11 items-center rounded-md px-3 font-semibold text-(--color-ink)"
                >
                  {v.label}
                </span>
              ) : (
                link(
                  v,
                  'flex min-h-11 items-center rounded-md px-3 text-(--color-ink) no-underline hover:bg-(--color-rule)',
                  v.label,
                )
              )}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
