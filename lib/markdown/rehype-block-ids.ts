import type { Plugin } from 'unified';
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export interface RehypeBlockIdsOptions {
  /** Prefix of paragraph ids: `p-1`, `p-2`, … Default `p-`. */
  readonly paragraphPrefix?: string;
}

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function isFootnoteSection(node: Element): boolean {
  return node.tagName === 'section' && node.properties.dataFootnotes !== undefined;
}

/**
 * Give headings slug ids (github-slugger, keeps Chinese) and body paragraphs (and tight list items)
 * stable numbered ids.
 * Runs on the canonical text, before script conversion, so ids are identical in every variant.
 * Footnotes keep the ids mdast-util-to-hast gave them.
 */
export const rehypeBlockIds: Plugin<[RehypeBlockIdsOptions?], Root> = function ({ paragraphPrefix = 'p-' } = {}) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    let paragraph = 0;
    visit(tree, 'element', (node) => {
      if (isFootnoteSection(node)) return SKIP;
      if (headingTags.has(node.tagName) && node.properties.id === undefined) {
        node.properties.id = slugger.slug(toString(node));
      }
      // Paragraphs, and list items of tight lists (their text sits directly in the <li>).
      const isTightItem =
        node.tagName === 'li' && !node.children.some((c) => c.type === 'element' && c.tagName === 'p');
      if (node.tagName === 'p' || isTightItem) {
        paragraph += 1;
        node.properties.id = `${paragraphPrefix}${paragraph}`;
      }
      return undefined;
    });
  };
};
