import { prefKeys, wordingChoices, type WordingChoice } from '@/lib/browser/reader-prefs';
import { wordingClass, type WordingLabels } from '@/lib/regional/wording-markup';
import { lazyIsland } from './lazy-islands';
import { keepPlace } from './place';
import { remember } from './storage';

const root = () => document.documentElement;
const current = (): WordingChoice => (root().dataset.wording === 'regional' ? 'regional' : 'author');
/** The words that open their forms: in the text, not inside a link (the contents, a theme link), which wins. */
const words = () =>
  [...document.querySelectorAll<HTMLElement>(`main .${wordingClass.word}`)].filter((word) => !word.closest('a'));

/**
 * The swapped words can be tapped (or reached with Tab and opened with Enter) while the reader has the
 * edition's wording on; with the authors' words they are plain text again.
 */
function markWords(on: boolean): void {
  for (const word of words()) {
    if (on) {
      word.tabIndex = 0;
      word.setAttribute('role', 'button');
      word.setAttribute('aria-haspopup', 'true');
    } else {
      word.removeAttribute('tabindex');
      word.removeAttribute('role');
      word.removeAttribute('aria-haspopup');
    }
  }
}

/** The popover module, loaded the first time a reader opens a word (islands/lazy/wording-popover.ts). */
async function openPopover(word: HTMLElement, labels: WordingLabels): Promise<void> {
  const popover = await lazyIsland('wording-popover');
  popover.openWordingPopover(word, labels);
}

function readLabels(json: string | undefined): WordingLabels {
  const fallback = { mainland: '', taiwan: '', hongKong: '', english: '', author: '' };
  try {
    return { ...fallback, ...(JSON.parse(json ?? '{}') as Partial<WordingLabels>) };
  } catch {
    return fallback;
  }
}

/**
 * "Aa" → 用詞: the authors' words or the edition's own (Taiwan or Hong Kong wording), remembered like the
 * other settings and applied before first paint by the head script (`data-wording` on `<html>`); the
 * swap itself is CSS (lib/regional/wrap.ts). Changing it keeps the paragraph in view where it was.
 */
export function mountWordingChoice(group: HTMLElement): void {
  const options = [...group.querySelectorAll<HTMLButtonElement>('[data-wording-option]')];
  const labels = readLabels(group.dataset.wordingLabels);
  const sync = () => {
    const choice = current();
    for (const option of options) option.setAttribute('aria-pressed', String(option.dataset.wordingOption === choice));
    markWords(choice === 'regional');
  };
  for (const option of options) {
    option.addEventListener('click', () => {
      const choice = wordingChoices.find((c) => c === option.dataset.wordingOption) ?? 'author';
      const restore = keepPlace();
      remember(prefKeys.wording, choice);
      window.__applyReaderPrefs?.();
      restore();
    });
  }
  const activate = (event: Event) => {
    if (current() !== 'regional') return;
    const target = event.target instanceof Element ? event.target : null;
    const word = target?.closest<HTMLElement>(`.${wordingClass.word}`);
    if (!word || !word.closest('main') || word.closest('a') || target?.closest('[data-wording-popover]')) return;
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    void openPopover(word, labels);
  };
  document.addEventListener('click', activate);
  document.addEventListener('keydown', activate);
  new MutationObserver(sync).observe(root(), { attributes: true, attributeFilter: ['data-wording'] });
  sync();
}
