'use client';

import type { MouseEvent } from 'react';
import { site } from '@/lib/site';
import { variants, type VariantId } from '@/lib/variants';

interface ScriptSwitchProps {
  current: VariantId;
  /** The same page in each other variant that has it (`/zh-hant/articles/…/`). */
  hrefs: Partial<Record<VariantId, string>>;
  label: string;
}

/** Id of the first paragraph or heading that reaches below the sticky header, if the page is scrolled. */
function anchorInView(): string | undefined {
  if (window.scrollY < 1) return undefined;
  const top = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  const blocks = document.querySelectorAll<HTMLElement>('main [id^="p-"], main h2[id], main h3[id]');
  for (const block of blocks) {
    if (block.getBoundingClientRect().bottom > top + 8) return block.id;
  }
  return undefined;
}

/**
 * 简 / 繁 / EN: plain links to the same page in the other variants (work without JavaScript).
 * With JavaScript, the link carries the paragraph in view as `#id` and the choice is remembered.
 */
export function ScriptSwitch({ current, hrefs, label }: ScriptSwitchProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>, target: VariantId) => {
    try {
      localStorage.setItem(site.variantStorageKey, target);
    } catch {
      // Storage can be unavailable (private mode); switching still works.
    }
    // The browser then follows the link as usual (a full load: the other script is another root layout).
    const id = anchorInView();
    event.currentTarget.hash = id ? `#${id}` : '';
    // Keep a search query (`?q=…`) on the search page.
    event.currentTarget.search = window.location.search;
  };
  return (
    <nav aria-label={label} className="ui">
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
                onClick={(event) => onClick(event, v.id)}
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
