import { modeStorageKey } from '@/lib/reading-mode';
import { remember } from './storage';

/** 中文 / 中英对照: plain links between the two pages; the choice is remembered for the next essay. */
export function mountReadingModeSwitch(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-reading-mode]');
    if (link?.dataset.readingMode) remember(modeStorageKey, link.dataset.readingMode);
  });
}
