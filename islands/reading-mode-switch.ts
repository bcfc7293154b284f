import { modeStorageKey } from '@/lib/reading-mode';
import { carryPlace } from './place';
import { remember } from './storage';

/**
 * 中文 / 中英对照 (and English ↔ 中英对照): plain links between an essay's pages. On the way out the link takes
 * the paragraph in view, so the reader lands where they were; the choice is remembered for the next essay.
 */
export function mountReadingModeSwitch(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-reading-mode]');
    if (!link) return;
    const mode = link.dataset.readingMode;
    if (mode === 'zh' || mode === 'bilingual') remember(modeStorageKey, mode);
    carryPlace(link);
  });
}
