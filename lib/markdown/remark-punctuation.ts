import type { Plugin } from 'unified';
import type { Root, Text } from 'mdast';
import type { Node, Parent } from 'unist';
import { visit, SKIP } from 'unist-util-visit';
import { normalizePunctuation } from '../text/punctuation';

const blocks = new Set(['paragraph', 'heading', 'tableCell']);

function textNodesOf(node: Node, into: Text[] = []): Text[] {
  if (node.type === 'text') into.push(node as Text);
  else if ('children' in node) for (const child of (node as Parent).children) textNodesOf(child, into);
  return into;
}

/**
 * Normalise punctuation in each block (paragraph, heading, table cell) as one run of text, so marks
 * at the edge of emphasis or a link see their neighbours. Inline code is not text and stays.
 */
export const remarkPunctuation: Plugin<[], Root> = function () {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!blocks.has(node.type)) return;
      const texts = textNodesOf(node);
      const normalized = normalizePunctuation(texts.map((t) => t.value));
      texts.forEach((t, i) => {
        t.value = normalized[i]!;
      });
      return SKIP;
    });
  };
};
