/**
 * An essay block's text as the reader sees it, aligned to the readings: the page's DOM holds both forms of a
 * regional word (the author's, shown; the edition's, hidden until chosen: lib/regional/wrap.ts), and the
 * readings count the Han characters of every text node (lib/readings/blocks.ts). A word is segmented in the
 * shown text and found again by its Han characters' indices among all of them.
 */
import type { Element, ElementContent, Root } from 'hast';
import { hasClass } from '@/lib/markdown/body-blocks';
import { eachReadingBlock, isSkipped } from '@/lib/readings/blocks';
import { isHan } from '@/lib/readings/kinds';
import { wordingClass } from '@/lib/regional/wording-markup';

export interface ShownBlock {
  readonly id: string;
  readonly line?: number;
  /** The text shown by default (hidden alternatives left out). */
  readonly text: string;
  /** For each code point of `text`: its Han index among all the block's Han characters, or -1. */
  readonly hanIndex: readonly number[];
}

function shownBlock(node: Element, id: string): ShownBlock {
  const chars: string[] = [];
  const hanIndex: number[] = [];
  let han = 0;
  const walk = (children: readonly ElementContent[], hidden: boolean) => {
    for (const child of children) {
      if (child.type === 'text') {
        for (const char of child.value) {
          const index = isHan(char) ? han++ : -1;
          if (hidden) continue;
          chars.push(char);
          hanIndex.push(index);
        }
      } else if (child.type === 'element' && !isSkipped(child)) {
        walk(child.children, hidden || hasClass(child, wordingClass.regional));
      }
    }
  };
  walk(node.children, false);
  return { id, line: node.position?.start.line, text: chars.join(''), hanIndex };
}

/** The blocks of a (wrapped) body, as lib/readings/blocks.ts finds them: outside footnotes, outermost first. */
export const shownBlocks = (tree: Root): ShownBlock[] => eachReadingBlock(tree, shownBlock);
