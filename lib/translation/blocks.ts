import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Whether an element is one the translation aligns to: a body paragraph (`p-N`) or a heading. */
export function isTranslatable(node: Element): boolean {
  const id = node.properties.id;
  if (typeof id !== 'string') return false;
  return /^p-\d+$/.test(id) || /^h[2-6]$/.test(node.tagName);
}

/**
 * The blocks of an essay the English translation aligns to, in reading order: paragraphs and list items
 * with `p-N` ids and headings, outside the footnotes and the glossary (which are handled on their own).
 */
export function translatableBlocks(body: Root): Element[] {
  const blocks: Element[] = [];
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'section') return SKIP;
    if (isTranslatable(node)) {
      blocks.push(node);
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}
