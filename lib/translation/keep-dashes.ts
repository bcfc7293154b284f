import type { Element, Root, Text } from 'hast';
import { adjustmentElement } from '@/lib/text/punctuation-elements';

/** An em dash, kept in the split (odd indexes). */
const dash = /(—)/u;
/** Blocks: a dash at a block's start has nothing before it to keep to. */
const blocks = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'dd', 'dt', 'td', 'th']);

/**
 * English: a closed em dash (`livestream—it's`, `*word*—it`, `word[^1]—it`) stays on the line of what comes
 * before it. Browsers break before an em dash as readily as after it (UAX #14 class B2), so a line could start
 * `—it's` (a phone reader met one at 390 px); English typesetting breaks after a dash, never before it. The
 * dash is wrapped in `<pq-k>`, whose generated word joiner (app/styles/punctuation.css) ties it to the
 * character before, as the build does for a Chinese interpunct: the text is not changed and nothing more is
 * copied. A dash after a space is left alone, and so are Chinese runs (`lang` set) and code.
 */
export function keepDashesWithWords(tree: Root | Element): void {
  // The character before the text being looked at, in reading order ('' at a block's start).
  let before = '';
  const walk = (node: Root | Element): void => {
    node.children = node.children.flatMap((child): typeof node.children => {
      if (child.type === 'element') {
        if (blocks.has(child.tagName)) before = '';
        if (child.properties.lang === undefined && child.tagName !== 'code') walk(child);
        else before = 'x'; // a Chinese run or code ends in a character, not a space
        if (blocks.has(child.tagName)) before = '';
        return [child];
      }
      if (child.type !== 'text') return [child];
      const out: (Text | Element)[] = [];
      child.value.split(dash).forEach((part, i) => {
        if (!part) return;
        const closed = i % 2 === 1 && before !== '' && !/\s/u.test(before);
        const text: Text = { type: 'text', value: part };
        out.push(
          closed ? { type: 'element', tagName: adjustmentElement.keep, properties: {}, children: [text] } : text,
        );
        before = part.at(-1)!;
      });
      return out;
    }) as typeof node.children;
  };
  walk(tree);
}
