/**
 * The popover of a swapped word (regional-wording layer): how the mainland, Taiwan and Hong Kong write the
 * word, its English, and which form the author wrote. Loaded the first time a reader opens a word
 * (islands/lazy-islands.ts); the table comes with it (`virtual:regional-terms`, written by the build from
 * content/regional/terms.yaml), so nothing else is fetched.
 */
import terms from 'virtual:regional-terms';
import { wordingClass, type WordingLabels, type WordingTerm } from '@/lib/regional/wording-markup';
import { placePopover, popoverClass } from '../popover';

const byCn = new Map<string, WordingTerm>((terms as readonly WordingTerm[]).map((t) => [t.cn, t]));
let open: { word: HTMLElement; popover: HTMLElement; cleanup: () => void } | undefined;
let count = 0;

export function closeWordingPopover(): void {
  const current = open;
  open = undefined;
  current?.cleanup();
}

/** Open (or, for the word already open, close) the popover of a swapped word. */
export function openWordingPopover(word: HTMLElement, labels: WordingLabels): void {
  const same = open?.word === word;
  closeWordingPopover();
  if (same) return;
  const term = byCn.get(word.dataset.rw ?? '');
  if (!term) return;
  const author = word.querySelector(`.${wordingClass.author}`)?.textContent ?? term.cn;
  const popover = document.createElement('span');
  popover.id = `wording-popover-${(count += 1)}`;
  popover.setAttribute('role', 'note');
  popover.dataset.wordingPopover = '';
  popover.className = popoverClass;
  const list = document.createElement('span');
  list.className = 'grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5';
  const row = (label: string, value: string, lang?: string) => {
    const name = document.createElement('span');
    name.className = 'text-(--color-muted)';
    name.textContent = label;
    const form = document.createElement('span');
    form.textContent = value;
    if (lang) form.lang = lang;
    list.append(name, form);
  };
  row(labels.mainland, term.cn, 'zh-Hans');
  row(labels.taiwan, term.tw, 'zh-Hant-TW');
  row(labels.hongKong, term.hk, 'zh-Hant-HK');
  row(labels.english, term.en, 'en');
  const note = document.createElement('span');
  note.className = 'mt-2 block text-(--color-muted)';
  note.textContent = `${labels.author}${/^[A-Za-z]/.test(labels.author) ? ': ' : '：'}${author}`;
  popover.append(list, note);
  word.append(popover);
  placePopover(popover);
  word.setAttribute('aria-expanded', 'true');
  word.setAttribute('aria-controls', popover.id);

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    word.focus();
    closeWordingPopover();
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!word.contains(event.target as Node)) closeWordingPopover();
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onPointerDown);
  open = {
    word,
    popover,
    cleanup: () => {
      popover.remove();
      word.setAttribute('aria-expanded', 'false');
      word.removeAttribute('aria-controls');
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    },
  };
}
