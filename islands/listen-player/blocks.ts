/**
 * What the player reads, taken from the page as it is shown at the moment it is read (so a regional
 * wording choice made mid-essay is followed): the essay's headings and paragraphs in order, each block's
 * text without its note markers (`sup`), its paragraph tools, popovers or anything hidden, and where each
 * character of that text is in the DOM, to highlight a sentence.
 */
import { bilingualEnglishPrefix, isParagraphId } from '@/lib/ids/block-id';
import type { PairMode } from '@/lib/listen/labels';

export interface Block {
  el: HTMLElement;
  /** Chinese or English (中英对照 has both; its English column carries `lang="en"`). */
  chinese: boolean;
  locale: string;
  /** A note read after the block that cites it (the reader asked for notes). */
  note?: boolean;
}

/** Parts of the essay not read in order: notes (read on request, {@link withNotes}), the glossary, a revealed English. */
const outside = 'section[data-footnotes], [data-translator-notes], [data-glossary], .para-english, .para-chinese';
/** Inside a block, never read: note markers, the paragraph's tools, popovers, anything hidden. */
const skipped =
  'sup, .para-tools, button, script, style, template, [hidden], [aria-hidden="true"], [data-note-popover], [data-wording-popover], .para-english, .para-chinese, details.backrefs, a[data-footnote-backref]';
const blockSelector = ':is(h2, h3, h4, p, li)[id]';

const isBlock = (el: Element): boolean => {
  if (!el.matches(blockSelector) || el.closest(outside)) return false;
  const id = el.id.startsWith(bilingualEnglishPrefix) ? el.id.slice(bilingualEnglishPrefix.length) : el.id;
  return /^H[234]$/.test(el.tagName) || isParagraphId(id);
};

/** The blocks to read under `scope`, in reading order (on 中英对照, pair by pair, or one language). */
export function readingBlocks(scope: ParentNode, pairs: PairMode): Block[] {
  const blocks: Block[] = [];
  for (const el of scope.querySelectorAll<HTMLElement>(`.prose-zh ${blockSelector}`)) {
    if (!isBlock(el)) continue;
    const locale = el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    const chinese = locale.startsWith('zh');
    if ((pairs === 'zh' && !chinese) || (pairs === 'en' && chinese)) continue;
    blocks.push({ el, chinese, locale });
  }
  return blocks;
}

/**
 * Notes on request: after each block, the notes it cites that have not been read yet (a footnote, or on
 * English pages and 中英对照 a translator's note), each once, in the order cited.
 */
export function withNotes(blocks: readonly Block[]): Block[] {
  const read = new Set<Element>();
  return blocks.flatMap((block) => {
    const notes: Block[] = [];
    for (const ref of block.el.querySelectorAll<HTMLAnchorElement>(
      'a[data-footnote-ref], a[data-translator-note-ref]',
    )) {
      const note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
      if (!note || read.has(note)) continue;
      read.add(note);
      const locale = note.closest('[lang]')?.getAttribute('lang') ?? block.locale;
      notes.push({ el: note, chinese: locale.startsWith('zh'), locale, note: true });
    }
    return [block, ...notes];
  });
}

/** A block's text as read, and the text nodes it came from (each with its offset in that text). */
export interface BlockText {
  text: string;
  nodes: { node: Text; start: number }[];
}

export function blockText(block: HTMLElement): BlockText {
  const nodes: BlockText['nodes'] = [];
  let text = '';
  const walk = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child instanceof Text) {
        nodes.push({ node: child, start: text.length });
        text += child.data;
      } else if (child instanceof HTMLElement) {
        // A block inside a block (a list in a list item) is read on its own, after this one.
        if (child.matches(skipped) || isBlock(child) || getComputedStyle(child).display === 'none') continue;
        if (child.tagName === 'BR') text += ' ';
        walk(child);
      }
    }
  };
  walk(block);
  return { text, nodes };
}

/** The DOM range of `text.slice(start, end)`. */
export function rangeOf({ nodes }: BlockText, start: number, end: number): Range | undefined {
  const from = nodes.find(({ node, start: s }) => s + node.data.length > start);
  const to = nodes.find(({ node, start: s }) => s < end && s + node.data.length >= end);
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, start - from.start);
  range.setEnd(to.node, end - to.start);
  return range;
}
