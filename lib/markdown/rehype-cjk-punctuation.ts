import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { adjustmentElement, hangsAtLineEnd, punctuationAdjustments } from '../text/punctuation-compression';
import { isOpaque, runText, textRuns, wrapCharacters } from './text-runs';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Wrap each punctuation mark that lib/text/punctuation-compression.ts adjusts in its `<pq-…>` element
 * (drawn by app/styles/punctuation.css). Pairs are found across inline elements (a mark before a link, a
 * quote inside emphasis), since a run is a block's whole inline text; the element goes inside whatever element
 * holds the mark. Only elements are added, never text: the text of every block, what search indexes, what a
 * reader copies, paragraph ids and the regional-wording offsets (lib/regional/wrap.ts) are unchanged.
 */
export const rehypeCjkPunctuation: Plugin<[], Root> = function () {
  return (tree: Root) => {
    for (const run of textRuns(tree)) {
      const headline = run.block !== undefined && headingTags.has(run.block);
      const adjustments = punctuationAdjustments(runText(run), { headline });
      if (adjustments.size > 0)
        wrapCharacters(run, (offset) => {
          const adjustment = adjustments.get(offset);
          return adjustment && adjustmentElement[adjustment];
        });
    }
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'p' || node.tagName === 'li') hangLastMark(node);
    });
  };
};

/**
 * Inline elements a block's last mark may sit in and still end it (not `q`: its closing quote is drawn after
 * the mark); a note mark (`sup`), code, a block or another language stops the search.
 */
const transparent = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'mark',
  's',
  'small',
  'span',
  'strong',
  'u',
]);

/**
 * The closing, pause or stop mark that ends a justified block (`变老。`, `工作）。`) in `<pq-l>`: it hangs whole
 * past the line's end (app/styles/punctuation.css). Only when nothing but white space follows it in the block,
 * and only in Chinese text: not before a note mark, not in a block or element of another language, not in code.
 */
function hangLastMark(block: Element): void {
  let parent: Element = block;
  for (;;) {
    if (isOpaque(parent)) return;
    const children = parent.children;
    const last = children.findLast((c) => c.type !== 'comment' && !(c.type === 'text' && c.value.trim() === ''));
    if (!last) return;
    if (last.type === 'element') {
      if (!transparent.has(last.tagName)) return;
      parent = last;
      continue;
    }
    if (last.type !== 'text') return;
    const text = last.value.trimEnd();
    if (!hangsAtLineEnd(text.at(-1) ?? '')) return;
    const mark: Element = {
      type: 'element',
      tagName: adjustmentElement.last,
      properties: {},
      children: [{ type: 'text', value: text.at(-1)! }],
    };
    const after = last.value.slice(text.length);
    const pieces: ElementContent[] = [
      ...(text.length > 1 ? [{ type: 'text' as const, value: text.slice(0, -1) }] : []),
      mark,
      ...(after ? [{ type: 'text' as const, value: after }] : []),
    ];
    children.splice(children.indexOf(last), 1, ...pieces);
    return;
  }
}
