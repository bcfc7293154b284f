import { site } from '@/lib/site';
import { dismissible } from './dismissible';
import { carryPlace } from './place';
import { remember } from './storage';

/**
 * 简 / 繁 / 港 / EN: the links already lead to the same page in the other variant. On the way out, the link
 * takes the paragraph in view as `#id` and the page's query (`?q=` on the search page), and the choice is
 * remembered for `/` and the 404 page. The phone menu closes like the other popovers.
 */
export function mountVariantSwitch(root: HTMLElement): void {
  const menu = root.querySelector<HTMLDetailsElement>('details[data-variant-menu]');
  if (menu) dismissible(menu);
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-variant-switch]');
    if (!link) return;
    remember(site.variantStorageKey, link.dataset.variantSwitch ?? '');
    carryPlace(link);
    link.search = window.location.search;
  });
}
