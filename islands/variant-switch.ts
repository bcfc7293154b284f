import { site } from '@/lib/site';
import { remember } from './storage';

/** Id of the first paragraph or heading that reaches below the sticky header, if the page is scrolled. */
export function anchorInView(): string | undefined {
  if (window.scrollY < 1) return undefined;
  const top = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  const blocks = document.querySelectorAll<HTMLElement>('main [id^="p-"], main h2[id], main h3[id]');
  for (const block of blocks) {
    if (block.getBoundingClientRect().bottom > top + 8) return block.id;
  }
  return undefined;
}

/**
 * 简 / 繁 / EN: the links already lead to the same page in the other variant. On the way out, the link takes
 * the paragraph in view as `#id` and the page's query (`?q=` on the search page), and the choice is
 * remembered for `/` and the 404 page.
 */
export function mountVariantSwitch(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-variant-switch]');
    if (!link) return;
    remember(site.variantStorageKey, link.dataset.variantSwitch ?? '');
    const id = anchorInView();
    link.hash = id ? `#${id}` : '';
    link.search = window.location.search;
  });
}
