import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isParagraphId } from '../ids/block-id';

/** Whether an element is a block of the essay's body: a paragraph or list item (`p-N`) or a heading. */
export function isBodyBlock(node: Element): boolean {
  const id = node.properties.id;
  if (typeof id !== 'string') return false;
  return isParagraphId(id) || /^h[2-6]$/.test(node.tagName);
}

/**
 * The blocks of an essay's body in reading order: paragraphs and list items with `p-N` ids, and headings,
 * outside the footnotes and the glossary. What the English translation aligns to, what search indexes and
 * what theme pages quote.
 */
export function bodyBlocks(body: Root): Element[] {
  const blocks: Element[] = [];
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'section') return SKIP;
    if (isBodyBlock(node)) {
      blocks.push(node);
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

/** Whether a node is an element with the class `name`. */
export function hasClass(node: ElementContent, name: string): boolean {
  return (
    node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes(name)
  );
}
