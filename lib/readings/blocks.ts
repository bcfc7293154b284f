/**
 * The blocks that carry readings, and their text as the page's DOM has it: every element the essay's body
 * gives an id to (paragraphs, tight list items, headings: lib/markdown/rehype-block-ids.ts), outside the
 * footnotes, with the text of all its text nodes in document order. That order is the alignment: the n-th
 * reading of a block belongs to its n-th Han character, counted the same way by the island in the browser
 * (islands/lazy/readings.ts), whatever inline markup lies between (links, footnote marks, both forms of a
 * regional word, `<wbr>`). The paragraph's tools are added by the page around this text and skipped by both.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { isHan } from './kinds';

const blockTags = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface ReadingBlock {
  readonly id: string;
  /** All of the block's text, in document order. */
  readonly text: string;
  /** Where the block starts in its source (the markdown's line), when the tree knows. */
  readonly line?: number;
}

/** Markup inside a block that is not its text: the paragraph's tools (¶, EN), a retired id's empty anchor. */
export function isSkipped(node: Element): boolean {
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return classes.includes('para-tools') || node.properties.dataRetired !== undefined;
}

function textOf(node: Element): string {
  let text = '';
  const walk = (children: readonly ElementContent[]) => {
    for (const child of children) {
      if (child.type === 'text') text += child.value;
      else if (child.type === 'element' && !isSkipped(child)) walk(child.children);
    }
  };
  walk(node.children);
  return text;
}

/**
 * Each block of a body (or of a whole page) that readings are aligned to, outermost first (a block inside a
 * block is read as its text), footnotes left out, as `make` describes it. lib/lexicon/blocks.ts walks the
 * same blocks, so a word's position and a character's reading count the same characters.
 */
export function eachReadingBlock<T>(tree: Root | Element, make: (block: Element, id: string) => T): T[] {
  const blocks: T[] = [];
  const walk = (children: readonly (RootContent | ElementContent)[]) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'section' && child.properties.dataFootnotes !== undefined) continue;
      const id = child.properties.id;
      if (blockTags.has(child.tagName) && typeof id === 'string' && id !== '') {
        blocks.push(make(child, id));
        continue;
      }
      walk(child.children);
    }
  };
  walk(tree.children);
  return blocks;
}

/** The blocks with their text. */
export const readingBlocks = (tree: Root | Element): ReadingBlock[] =>
  eachReadingBlock(tree, (block, id) => ({ id, text: textOf(block), line: block.position?.start.line }));

/** The Han characters of a text, in order (what a block's readings are aligned to). */
export const hanChars = (text: string): string[] => [...text].filter(isHan);
