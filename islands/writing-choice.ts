import { prefKeys, writingChoices, type WritingChoice } from '@/lib/browser/reader-prefs';
import { lazyIsland } from './lazy-islands';
import { remember } from './storage';

const root = () => document.documentElement;
const current = (): WritingChoice => (root().dataset.writing === 'vertical' ? 'vertical' : 'horizontal');

/**
 * "Aa" → 排版: 横排 or 直排 (app/styles/vertical.css), remembered like the other settings and applied before
 * first paint by the head script (`data-writing` on `<html>`). What vertical setting needs besides CSS (the
 * wheel, the numbers set upright, keeping the reader's place across the change) is a lazy island, loaded the
 * first time the essay is set vertically (islands/lazy/vertical.ts): a reader who never chooses 直排 loads none.
 */
export function mountWritingChoice(group: HTMLElement): void {
  const options = [...group.querySelectorAll<HTMLButtonElement>('[data-writing-option]')];
  const sync = () => {
    const choice = current();
    for (const option of options) option.setAttribute('aria-pressed', String(option.dataset.writingOption === choice));
    if (choice === 'vertical') void lazyIsland('vertical').then((vertical) => vertical.setUpVertical());
  };
  for (const option of options) {
    option.addEventListener('click', () => {
      const choice = writingChoices.find((c) => c === option.dataset.writingOption) ?? 'horizontal';
      if (choice === current()) return;
      void lazyIsland('vertical').then((vertical) =>
        vertical.switchWriting(() => {
          remember(prefKeys.writing, choice);
          window.__applyReaderPrefs?.();
        }),
      );
    });
  }
  new MutationObserver(sync).observe(root(), { attributes: true, attributeFilter: ['data-writing'] });
  sync();
}
