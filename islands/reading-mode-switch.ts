import { modeStorageKey } from '@/lib/browser/reading-mode';
import { carryPlace } from './place';
import { rememberedScript } from './remembered-script';
import { remember } from './storage';

/**
 * 中文 / 中英对照 (and English ↔ 中英对照): plain links between an essay's pages. On the way out the link takes
 * the paragraph in view, so the reader lands where they were; the choice is remembered for the next essay.
 * On an English page the 中文 | 对照 segments lead to the canonical script (the server cannot know better);
 * a reader who chose another script with 简 / 繁 / 港 is taken to that one.
 */
export function mountReadingModeSwitch(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-reading-mode]');
    if (!link) return;
    const mode = link.dataset.readingMode;
    if (mode === 'zh' || mode === 'bilingual') {
      remember(modeStorageKey, mode);
      toRememberedScript(link);
    }
    carryPlace(link);
  });
}

/** A segment (`data-mode`) leading to the canonical script goes to the script the reader last chose instead. */
function toRememberedScript(link: HTMLAnchorElement): void {
  if (!link.hasAttribute('data-mode')) return;
  const chosen = rememberedScript(link.pathname);
  if (chosen.path === link.pathname) return;
  link.pathname = chosen.path;
  link.hreflang = chosen.lang;
}
