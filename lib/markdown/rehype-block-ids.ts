import type { Plugin } from 'unified';
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { matchBlocks, type BlockInfo } from '../ids/match';

/** The ids of an essay's blocks, in reading order, and the retired ids that land on each block. */
export interface BlockIdAssignment {
  readonly ids: readonly string[];
  /** Block id → retired ids whose links land there (each becomes an empty anchor at the block's start). */
  readonly landings: ReadonlyMap<string, readonly string[]>;
}

/** Gives ids to an essay's blocks from what they are (lib/ids matches them to the ledger). */
export type BlockIdAssigner = (blocks: readonly BlockInfo[]) => BlockIdAssignment;

export interface RehypeBlockIdsOptions {
  /** Without one, ids are positional (`p-1`, `p-2`, … and heading slugs): the site's own pages. */
  readonly assign?: BlockIdAssigner;
}

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** The class of a retired id's anchor (a link to a removed paragraph lands on its survivor). */
export const retiredAnchorClass = 'retired-anchor';

function isFootnoteSection(node: Element): boolean {
  return node.tagName === 'section' && node.properties.dataFootnotes !== undefined;
}

/** A footnote reference as remark-rehype makes it: a `<sup>` around `a[data-footnote-ref]`. */
export function isFootnoteRef(node: Element): boolean {
  return node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && c.properties.dataFootnoteRef);
}

/**
 * The text a block is known by, for matching it to its ledger entry and for translation memory: its text
 * without footnote marks (renumbering a note is not an edit) and without anchors.
 */
export function blockText(node: Element): string {
  return untrimmedBlockText(node).trim();
}

/** {@link blockText} before trimming: offsets into it are offsets into the block's text nodes, in order. */
export function untrimmedBlockText(node: Element): string {
  let text = '';
  const walk = (children: readonly ElementContent[]) => {
    for (const child of children) {
      if (child.type === 'text') text += child.value;
      else if (child.type === 'element' && !isFootnoteRef(child) && !child.properties.dataRetired) walk(child.children);
    }
  };
  walk(node.children);
  return text;
}

const positional: BlockIdAssigner = (blocks) => ({ ids: matchBlocks(undefined, blocks).ids, landings: new Map() });

/**
 * Give the body's blocks their ids: headings (h2–h6) and paragraphs and tight list items (text directly in
 * the `<li>`), outside the footnotes. Runs on the canonical text, before script conversion, so ids are the
 * same in every variant. A retired id becomes an empty `<span id data-retired>` at the start of the block
 * its links land on. Footnotes keep the ids mdast-util-to-hast gave them.
 */
export const rehypeBlockIds: Plugin<[RehypeBlockIdsOptions?], Root> = function ({ assign = positional } = {}) {
  return (tree: Root) => {
    const nodes: Element[] = [];
    visit(tree, 'element', (node) => {
      if (isFootnoteSection(node)) return SKIP;
      const isTightItem =
        node.tagName === 'li' && !node.children.some((c) => c.type === 'element' && c.tagName === 'p');
      if (headingTags.has(node.tagName) || node.tagName === 'p' || isTightItem) nodes.push(node);
      return undefined;
    });
    const blocks = nodes.map((node): BlockInfo => ({
      kind: headingTags.has(node.tagName) ? 'heading' : 'paragraph',
      text: blockText(node),
    }));
    const { ids, landings } = assign(blocks);
    if (ids.length !== nodes.length) throw new Error(`${ids.length} ids for ${nodes.length} blocks`);
    nodes.forEach((node, i) => {
      const id = ids[i]!;
      node.properties.id = id;
      const anchors = (landings.get(id) ?? []).map((retired): Element => ({
        type: 'element',
        tagName: 'span',
        properties: { id: retired, className: [retiredAnchorClass], dataRetired: '' },
        children: [],
      }));
      node.children.unshift(...anchors);
    });
  };
};
