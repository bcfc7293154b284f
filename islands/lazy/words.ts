/**
 * Tap a word (issue 32, point 2), loaded the first time a reader taps a character with the readings on
 * (islands/lazy/readings.ts hands it the tap). The page's words (`words.json` next to the essay, written by
 * scripts/postbuild/vocabulary.ts) say where each word of a block is, as Han-character indices: the tapped
 * ruby's index among the block's is found in them, and the word's rubies get a popover with its forms in
 * every edition, readings, English and count in this essay.
 *
 * Keyboard and screen readers: → on a paragraph's own readings control (its readings on) opens the
 * paragraph's first word; the word becomes a button (`aria-expanded`, `aria-controls`) holding focus; ← and
 * → move to the block's previous and next word, Enter or Space opens it, Escape closes the popover and
 * leaves focus on the word; a tap elsewhere closes it.
 */
import type { WordsFile } from '@/lib/lexicon/words-file';
import { fetchJsonOnce } from '../fetch-json-once';
import { placePopover, popoverClass } from '../popover';

const wordClass = 'wd';
const loadWords = (base: string) => fetchJsonOnce<WordsFile>(`${base}words.json`);

/** A block's rubies in order: the n-th is its n-th Han character (every character of an essay has a reading). */
const rubiesOf = (block: Element) => [...block.querySelectorAll<HTMLElement>('ruby.rd')];

interface Open {
  readonly word: HTMLElement;
  readonly cleanup: () => void;
}
let open: Open | undefined;
let count = 0;

export function closeWord(): void {
  const current = open;
  open = undefined;
  current?.cleanup();
}

/** The span around a word's rubies, made on first use and kept (its rubies go when the readings do). */
function wordSpan(rubies: readonly HTMLElement[], index: number): HTMLElement {
  const first = rubies[0]!;
  const existing = first.parentElement;
  if (existing?.classList.contains(wordClass)) return existing;
  const span = document.createElement('span');
  span.className = `${wordClass} relative`;
  span.dataset.word = String(index);
  span.setAttribute('role', 'button');
  span.setAttribute('aria-expanded', 'false');
  first.before(span);
  span.append(...rubies);
  return span;
}

/**
 * Whether a word's rubies can be wrapped in one span: siblings (a word split by markup, half of it a link,
 * cannot be without breaking that markup), outside a link (a tap there follows it).
 */
function wrappable(rubies: readonly HTMLElement[]): boolean {
  const parent = rubies[0]?.parentElement;
  if (!parent || !rubies.every((ruby) => ruby.parentElement === parent)) return false;
  // Opened before: its span is their parent already.
  return parent.classList.contains(wordClass) || parent.closest('a') === null;
}

/** The word of a block at a Han index: its rubies and its entry. */
function wordAt(file: WordsFile, block: Element, at: number) {
  const spans = file.blocks[block.id] ?? [];
  for (let i = 0; i < spans.length; i += 3) {
    const [start, end, index] = [spans[i]!, spans[i + 1]!, spans[i + 2]!];
    if (start > at) break;
    if (at < end) return { start, end, index };
  }
  return undefined;
}

/** Open the popover of the word a ruby belongs to (or close it, if it is that word's). */
export async function openWordAt(ruby: HTMLElement, base: string): Promise<void> {
  const block = ruby.closest<HTMLElement>('[data-readings]');
  if (!block) return;
  const file = await loadWords(base);
  const rubies = rubiesOf(block);
  const found = wordAt(file, block, rubies.indexOf(ruby));
  if (!found) return;
  const own = rubies.slice(found.start, found.end);
  if (!wrappable(own)) return;
  const span = wordSpan(own, found.index);
  const same = open?.word === span;
  closeWord();
  if (!same) show(span, file, block);
}

/** Open a block's first word that can be opened (the keyboard's way in: → on the paragraph's control). */
export async function openFirstWord(block: HTMLElement, base: string): Promise<void> {
  const file = await loadWords(base);
  const rubies = rubiesOf(block);
  const spans = file.blocks[block.id] ?? [];
  for (let i = 0; i < spans.length; i += 3) {
    const own = rubies.slice(spans[i]!, spans[i + 1]!);
    if (!wrappable(own)) continue;
    closeWord();
    show(wordSpan(own, spans[i + 2]!), file, block);
    return;
  }
}

function show(span: HTMLElement, file: WordsFile, block: HTMLElement): void {
  const info = file.words[Number(span.dataset.word)];
  if (!info) return;
  const popover = document.createElement('span');
  popover.id = `word-popover-${(count += 1)}`;
  popover.setAttribute('role', 'note');
  popover.dataset.wordPopover = '';
  popover.className = popoverClass;
  const line = (text: string, className: string, lang?: string) => {
    const el = document.createElement('span');
    el.className = `block ${className}`;
    el.textContent = text;
    if (lang) el.lang = lang;
    popover.append(el);
  };
  line(info.w, 'text-xl', document.documentElement.lang);
  const readings = info.r.map((r, i) => (r ? `${file.labels.kinds[i] ?? ''} ${r}` : '')).filter(Boolean);
  if (readings.length > 0) line(readings.join(' · '), 'text-(--color-muted)');
  line(info.g, 'mt-1', 'en');
  line(info.f.map((form, i) => `${file.labels.forms[i] ?? ''} ${form}`).join(' · '), 'mt-1');
  line(file.labels.count.replace('{n}', String(info.n)), 'mt-1 text-(--color-muted)');

  span.tabIndex = 0;
  // Marked while open, inline: no stylesheet byte on a first visit for a layer most readers never open.
  span.style.background = 'color-mix(in srgb, var(--color-accent) 18%, transparent)';
  span.setAttribute('aria-expanded', 'true');
  span.setAttribute('aria-controls', popover.id);
  span.append(popover);
  placePopover(popover);
  span.focus({ preventScroll: true });

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      closeWord();
      span.focus({ preventScroll: true });
    }
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!span.contains(event.target as Node)) closeWord();
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onPointerDown);
  open = {
    word: span,
    cleanup: () => {
      popover.remove();
      span.style.background = '';
      span.setAttribute('aria-expanded', 'false');
      span.removeAttribute('aria-controls');
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    },
  };
  span.onkeydown = (event) => {
    if (event.target !== span) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (open?.word === span) closeWord();
      else show(span, file, block);
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    // Move to the block's next or previous word: the same popover follows focus.
    event.preventDefault();
    const rubies = rubiesOf(block);
    const here = rubies.indexOf(span.querySelector('ruby.rd') as HTMLElement);
    const spans = file.blocks[block.id] ?? [];
    const entries: { start: number; end: number; index: number }[] = [];
    for (let i = 0; i < spans.length; i += 3)
      entries.push({ start: spans[i]!, end: spans[i + 1]!, index: spans[i + 2]! });
    const ahead =
      event.key === 'ArrowRight'
        ? entries.filter((e) => e.start > here)
        : entries.filter((e) => e.start < here).reverse();
    // The nearest word that can be wrapped (not split by markup, not inside a link).
    const target = ahead.find((e) => wrappable(rubies.slice(e.start, e.end)));
    if (!target) return;
    span.tabIndex = -1;
    closeWord();
    show(wordSpan(rubies.slice(target.start, target.end), target.index), file, block);
  };
}
