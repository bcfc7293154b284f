/**
 * Readings as ruby (issue 32), loaded the first time a reader turns them on (islands/readings-choice.ts), with
 * the layer's state and controls ({@link readingsLayer}):
 * fetches the page's readings of one kind (`readings-<kind>.json`, written by scripts/postbuild/readings.ts)
 * and puts `<ruby>字<rt>zì</rt></ruby>` around each Han character of a block, or takes it away again. The
 * page's own HTML never has ruby: search indexes it and popup dictionaries read it as plain text.
 *
 * Alignment: a block's n-th reading is its n-th Han character, counting every text node in document order
 * except the paragraph's tools and anything the page adds to a block later (its revealed English, a
 * popover): the same count as the build's (lib/readings/blocks.ts).
 */
import {
  isHan,
  isReadingKind,
  readingsFileName,
  readingsPrefKey,
  type ReadingChoice,
  type ReadingKind,
  type ReadingsFile,
} from '@/lib/readings/kinds';
import { fetchJsonOnce } from '../fetch-json-once';
import { loadLazyIsland } from '../lazy-load';
import { keepPlace } from '../place';
import { recall, remember } from '../storage';
import type * as words from './words';

const rubyClass = 'rd';
/** What the page adds inside a block after it was built: not the essay's text. */
const notText =
  '.para-tools, .para-english, .para-chinese, [data-retired], [data-wording-popover], [data-word-popover], rt';

/** One kind's readings of the page at `base` (the essay's folder), fetched once. */
export const loadReadings = (base: string, kind: ReadingKind): Promise<ReadingsFile> =>
  fetchJsonOnce<ReadingsFile>(`${base}${readingsFileName(kind)}`);

function textNodes(block: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches(notText) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node);
  return nodes;
}

/** Take a block's ruby away, leaving its text nodes as they were. */
export function removeRuby(block: Element): void {
  // A tapped word's popover and the span around its rubies (islands/lazy/words.ts) go with them.
  for (const popover of block.querySelectorAll('[data-word-popover]')) popover.remove();
  for (const word of block.querySelectorAll('span.wd')) word.replaceWith(...word.childNodes);
  const rubies = block.querySelectorAll(`ruby.${rubyClass}`);
  for (const ruby of rubies) ruby.replaceWith(ruby.firstChild?.textContent ?? '');
  if (rubies.length > 0) block.normalize();
  delete (block as HTMLElement).dataset.readings;
}

/** Put one kind's readings over a block's Han characters (a character without one stays plain). */
export function addRuby(block: HTMLElement, readings: readonly string[], kind: ReadingKind): void {
  if (block.dataset.readings === kind) return;
  removeRuby(block);
  let at = 0;
  for (const node of textNodes(block)) {
    const chars = [...(node.nodeValue ?? '')];
    if (!chars.some(isHan)) continue;
    const fragment = document.createDocumentFragment();
    let plain = '';
    for (const char of chars) {
      const reading = isHan(char) ? readings[at++] : undefined;
      if (!reading) {
        plain += char;
        continue;
      }
      if (plain) fragment.append(plain);
      plain = '';
      const ruby = document.createElement('ruby');
      ruby.className = rubyClass;
      const rt = document.createElement('rt');
      // Not read out as text (the character is), and not selected or copied (reading-tools.css).
      rt.setAttribute('aria-hidden', 'true');
      rt.textContent = reading;
      ruby.append(char, rt);
      fragment.append(ruby);
    }
    if (plain) fragment.append(plain);
    node.replaceWith(fragment);
  }
  block.dataset.readings = kind;
}

/** The plain text of a selection: what it shows without the readings (a copy gives the characters only). */
export function plainSelectionText(selection: Selection): string | undefined {
  if (selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const box = document.createElement('div');
  box.append(range.cloneContents());
  if (!box.querySelector('rt')) return undefined;
  for (const rt of box.querySelectorAll('rt')) rt.remove();
  return box.textContent ?? '';
}

let copyGuard = false;
/**
 * Copying a selection that holds ruby gives its characters only, whatever the browser would put in for the
 * `<rt>` (some include it despite `user-select: none`).
 */
function guardCopy(): void {
  if (copyGuard) return;
  copyGuard = true;
  document.addEventListener('copy', (event) => {
    const selection = document.getSelection();
    const text = selection ? plainSelectionText(selection) : undefined;
    if (text === undefined || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  });
}

/** Show one kind's readings on the given blocks (by id), or on every block the file has. */
export async function showReadings(base: string, kind: ReadingKind, ids?: readonly string[]): Promise<void> {
  const file = await loadReadings(base, kind);
  guardCopy();
  for (const id of ids ?? Object.keys(file.blocks)) {
    const block = document.getElementById(id);
    const readings = file.blocks[id];
    if (block && readings) addRuby(block, readings, kind);
  }
}

/** Take every block's readings away (or the given blocks'). */
export function hideReadings(ids?: readonly string[]): void {
  const blocks = ids
    ? ids.map((id) => document.getElementById(id)).filter((b): b is HTMLElement => b !== null)
    : [...document.querySelectorAll<HTMLElement>('[data-readings]')];
  for (const block of blocks) removeRuby(block);
}

let layer: { press: (target?: HTMLElement) => Promise<void> } | undefined;

/**
 * The layer's state and controls, made once per page (islands/readings-choice.ts hands it every press): the
 * reader's choice (off, or one of the edition's kinds), kept per edition; each paragraph's control shows
 * that paragraph's readings in the chosen kind, or while that is off in the edition's first. Changing the
 * choice keeps the paragraph being read where it was.
 */
export function readingsLayer(group: HTMLElement, inputs: { show: string }) {
  if (layer) return layer;
  const options = [...group.querySelectorAll<HTMLButtonElement>('[data-readings-option]')];
  const kinds = options.map((option) => option.dataset.readingsOption).filter(isReadingKind);
  /** A kind's name in the row ("拼音"): a paragraph control is named from it, and marked with its first character. */
  const nameOf = (kind: ReadingKind) => options.find((o) => o.dataset.readingsOption === kind)?.textContent ?? kind;
  // `/zh-hk/articles/<slug>/` or its `bilingual/` page: the edition, and the essay's folder with the files.
  const [, edition = '', , slug = ''] = location.pathname.split('/');
  const src = `/${edition}/articles/${slug}/`;
  const key = readingsPrefKey(edition);
  const stored = recall(key);
  let choice: ReadingChoice = isReadingKind(stored) && kinds.includes(stored) ? stored : 'off';
  const paragraphKind = (): ReadingKind => (choice === 'off' ? kinds[0]! : choice);
  // Tap a word (issue 32): a tap on a character with its reading opens the word's popover (islands/lazy/words.ts,
  // loaded then). Not inside a link: a tap there follows it.
  document.addEventListener('click', (event) => {
    const ruby = (event.target as Element | null)?.closest?.<HTMLElement>(`ruby.${rubyClass}`);
    if (!ruby || ruby.closest('a, [data-word-popover]')) return;
    // By name, not through the typed table (islands/lazy-islands.ts names this island: a cycle).
    void loadLazyIsland<typeof words>('words').then((module) => module.openWordAt(ruby, src), console.error);
  });
  // From the keyboard: → on a paragraph's own control, its readings on, opens the paragraph's first word.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight') return;
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('button[data-readings-for]');
    const block = button ? document.getElementById(button.dataset.readingsFor ?? '') : null;
    if (!block?.dataset.readings) return;
    event.preventDefault();
    void loadLazyIsland<typeof words>('words').then((module) => module.openFirstWord(block, src), console.error);
  });

  const sync = () => {
    for (const option of options) option.setAttribute('aria-pressed', String(option.dataset.readingsOption === choice));
    const kind = paragraphKind();
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-readings-for]')) {
      const block = document.getElementById(button.dataset.readingsFor ?? '');
      button.setAttribute('aria-pressed', String(block?.dataset.readings !== undefined));
      button.setAttribute('aria-label', inputs.show + nameOf(kind));
      button.textContent = nameOf(kind).charAt(0);
    }
  };
  /** Change the page, keeping the paragraph being read where it was on the screen. */
  const inPlace = async (task: () => Promise<void> | void) => {
    try {
      const restore = keepPlace();
      await task();
      restore();
    } catch (error) {
      console.error(error);
    }
    sync();
  };
  const apply = () =>
    inPlace(async () => {
      hideReadings();
      if (choice !== 'off') await showReadings(src, choice);
    });

  layer = {
    press: (target) => {
      const option = target?.dataset.readingsOption;
      const id = target?.dataset.readingsFor;
      if (option !== undefined) {
        choice = isReadingKind(option) && kinds.includes(option) ? option : 'off';
        remember(key, choice);
        sync();
        return apply();
      }
      if (id) {
        const on = document.getElementById(id)?.dataset.readings !== undefined;
        return inPlace(() => (on ? hideReadings([id]) : showReadings(src, paragraphKind(), [id])));
      }
      // No press: the page opened with a remembered choice.
      sync();
      return apply();
    },
  };
  return layer;
}
