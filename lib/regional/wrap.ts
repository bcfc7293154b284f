/**
 * The regional-wording layer in the markup: each reviewed word of a Taiwan or Hong Kong essay page becomes
 *
 *     <span class="rw" data-rw="软件"><span class="rw-a">軟件</span><span class="rw-r">軟體</span></span>
 *
 * The author's word shows by default and without scripting (`.rw-r` is `display: none` until chosen; not
 * the `hidden` attribute, which Tailwind's preflight keeps hidden with `!important`); the reader's choice (`data-wording` on
 * `<html>`, set before first paint) swaps the two by CSS alone, so a remembered choice never shifts the
 * layout, copying copies what is shown and screen readers read what is shown. Both words are in the page,
 * so the alternative costs a few bytes per word and nothing to load. Applied when the page is rendered,
 * never to the model's bodies, whose text search, theme passages and text fragments read.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { isFootnoteRef, untrimmedBlockText } from '../markdown/rehype-block-ids';
import { insertAutospaceBreaks } from '../markdown/autospace-breaks';
import { bodyBlocks } from '../markdown/body-blocks';
import { rekeepBlockEnd } from '../markdown/rehype-keep-paragraph-end';
import { wordingClass } from './wording-markup';

export { wordingClass } from './wording-markup';

/** One word to offer: offsets into the block's text (`blockText`, footnote marks left out). */
export interface Swap {
  readonly start: number;
  readonly end: number;
  /** The table's term (canonical Simplified): the popover's key. */
  readonly term: string;
  /** The edition's word. */
  readonly form: string;
}

function wordSpan(author: string, swap: Swap): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [wordingClass.word], dataRw: swap.term },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: [wordingClass.author] },
        children: [{ type: 'text', value: author }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: [wordingClass.regional] },
        children: [{ type: 'text', value: swap.form }],
      },
    ],
  };
}

/**
 * Wrap the swaps of one block in place. A word split across elements (part of it in a link) is left
 * alone and reported through `skipped`, so a layer never breaks markup.
 */
function wrapBlock(block: Element, swaps: readonly Swap[], skipped: (swap: Swap) => void): void {
  const pending = [...swaps].sort((a, b) => a.start - b.start);
  let offset = 0;
  const walk = (parent: Element) => {
    const children: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'element') {
        // A term the author defines (the glossary) is the author's: its words are counted, never swapped.
        if (child.properties.dataGlossaryRef !== undefined) {
          offset += layerText(child).length;
          while (pending.length > 0 && pending[0]!.start < offset) skipped(pending.shift()!);
        } else if (!isFootnoteRef(child) && !child.properties.dataRetired) walk(child);
        children.push(child);
        continue;
      }
      if (child.type !== 'text') {
        children.push(child);
        continue;
      }
      const start = offset;
      const end = start + child.value.length;
      offset = end;
      let cut = 0;
      while (pending.length > 0 && pending[0]!.start < end) {
        const swap = pending.shift()!;
        if (swap.start < start || swap.end > end) {
          skipped(swap);
          continue;
        }
        const from = swap.start - start;
        const to = swap.end - start;
        if (from > cut) children.push({ type: 'text', value: child.value.slice(cut, from) } satisfies Text);
        children.push(wordSpan(child.value.slice(from, to), swap));
        cut = to;
      }
      if (cut === 0) children.push(child);
      else if (cut < child.value.length) children.push({ type: 'text', value: child.value.slice(cut) });
    }
    parent.children = children;
  };
  walk(block);
  for (const swap of pending) skipped(swap);
}

/** A block's text as the layer counts offsets: its text nodes, without footnote marks or anchors. */
export const layerText = untrimmedBlockText;

/**
 * A copy of an essay body with the layer's words marked (`swaps` by block id). `skipped` hears of a word
 * that could not be wrapped (split by markup).
 */
export function wrapRegionalWords(
  body: Root,
  swaps: Readonly<Record<string, readonly Swap[]>>,
  skipped: (blockId: string, swap: Swap) => void = () => undefined,
): Root {
  if (Object.keys(swaps).length === 0) return body;
  const copy = structuredClone(body);
  for (const block of bodyBlocks(copy)) {
    const id = String(block.properties.id);
    const blockSwaps = swaps[id];
    if (blockSwaps && blockSwaps.length > 0)
      rekeepBlockEnd(block, (b) => {
        wrapBlock(b, blockSwaps, (swap) => skipped(id, swap));
        // A wrapped word is a new element boundary, where Chromium may lose a line break.
        insertAutospaceBreaks(b);
      });
  }
  return copy;
}
