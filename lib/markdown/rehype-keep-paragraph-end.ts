import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { wordingClass } from '../regional/wording-markup';
import { segmenter } from '../text/segmenter';

/**
 * No paragraph ends on a line of one character (clreq §3.1.8), in every browser: a block's last word, with
 * the word before it when the last is a single character, and whatever follows them (punctuation, note
 * marks) go into `<keep-end>`, which app/styles/typesetting.css keeps on one line. `text-wrap: pretty` does
 * this by itself only in Chromium and Safari 26; Firefox ESR left 26 of 297 paragraphs ending on one
 * character at 390 px, and Safari before 26 does the same. Hand-written: no rehype plugin binds a
 * paragraph's last words.
 *
 * Whole words; the regional-wording layer (lib/regional/wrap.ts), which marks words when a page is rendered,
 * takes the element off a block it marks and puts it back around whole marked words ({@link rekeepBlockEnd}). Only elements are added, never text: a block's text, what search indexes and what a reader copies
 * are unchanged. The kept end is short (at most {@link maxKept} characters) and only a Han word ends it: a
 * block ending in a Latin word cannot end on one Han character.
 */
export const rehypeKeepParagraphEnd = () => (tree: Root) => {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'p' || node.tagName === 'li') keepEnd(node);
  });
};

/**
 * For a block whose words are marked after the fact: take its `<keep-end>` off (`mark` runs on the block's
 * own children), then keep its end again, a marked word going in whole. A block without one is only marked.
 */
export function rekeepBlockEnd(block: Element, mark: (block: Element) => void): void {
  if (!block.children.some((c) => c.type === 'element' && c.tagName === keepEndTag)) return mark(block);
  // Its text joins the text before it again (the node it was split from), as the marking expects.
  block.children = block.children
    .flatMap((c) => (c.type === 'element' && c.tagName === keepEndTag ? c.children : [c]))
    .reduce<ElementContent[]>((out, c) => {
      const last = out.at(-1);
      if (c.type === 'text' && last?.type === 'text') last.value += c.value;
      else out.push(c);
      return out;
    }, []);
  mark(block);
  keepEnd(block);
}

/** The element, a custom one like the punctuation's `<pq-…>` (inline, no definition needed). */
export const keepEndTag = 'keep-end';
const maxKept = 8;
const han = /\p{Script=Han}/u;
/** Elements that end a line or hold blocks: a block containing one after its last text is left alone. */
const breaking = new Set(['br', 'p', 'ul', 'ol', 'div', 'blockquote', 'table', 'pre', 'figure']);

/** A note mark (`<sup><a data-footnote-ref>1</a></sup>`): it goes with the kept end but is not a word of it. */
const isNoteMark = (node: Element) =>
  node.tagName === 'sup' &&
  node.children.some(
    (c) =>
      c.type === 'element' &&
      (c.properties.dataFootnoteRef !== undefined || c.properties.dataTranslatorNoteRef !== undefined),
  );

/** What a block shows: not its note marks' digits, nor the regional alternative a reader has not chosen. */
const shown = (node: Element) =>
  !isNoteMark(node) && !String(node.properties.className ?? '').includes(wordingClass.regional);

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' && shown(node) ? node.children.map(textOf).join('') : '';

/** Where the kept end starts in `text`, or undefined when the text does not end on a Han word. */
export function keptEndStart(text: string): number | undefined {
  const words = [...segmenter('zh', 'word').segment(text)].filter((s) => s.isWordLike);
  const last = words.at(-1);
  if (!last || !han.test(last.segment.at(-1) ?? '')) return undefined;
  const single = [...last.segment].length === 1;
  const previous = words.at(-2);
  // The word before joins a one-character last word only when they touch (no space or mark between).
  const start =
    single && previous && previous.index + previous.segment.length === last.index ? previous.index : last.index;
  if (single && start === last.index) return undefined;
  return text.length - start > maxKept ? undefined : start;
}

function keepEnd(block: Element): void {
  const children = block.children;
  if (children.some((c) => c.type === 'element' && (breaking.has(c.tagName) || c.tagName === keepEndTag))) return;
  const text = children.map(textOf).join('');
  const start = keptEndStart(text);
  if (start === undefined) return;
  // The child the kept end starts in: split there when it is text; an element (a link, emphasis) goes in whole.
  let offset = 0;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i]!;
    const length = textOf(child).length;
    if (offset + length > start) {
      let kept: ElementContent[];
      if (child.type === 'text' && start > offset) {
        const head: Text = { type: 'text', value: child.value.slice(0, start - offset) };
        const tail: Text = { type: 'text', value: child.value.slice(start - offset) };
        kept = [tail, ...children.slice(i + 1)];
        children.splice(i, children.length - i, head);
      } else {
        if (text.length - offset > maxKept) return;
        kept = children.slice(i);
        children.splice(i, children.length - i);
      }
      children.push({ type: 'element', tagName: keepEndTag, properties: {}, children: kept });
      return;
    }
    offset += length;
  }
}
