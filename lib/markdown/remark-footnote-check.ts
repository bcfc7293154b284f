import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

// GFM only parses `[^x]` as a reference when a definition exists, so a dangling one is left as text.
const danglingReference = /\[\^([^\]\s]+)\]/g;
const scrapedBackref = /↩/;

/**
 * Check footnotes: every reference has a definition, every definition is referenced, no definition is
 * given twice, and no scraped back-reference mark (↩︎) is left in the text.
 */
export const remarkFootnoteCheck: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    const referenced = new Set<string>();
    const defined = new Map<string, number>();
    visit(tree, (node) => {
      if (node.type === 'footnoteReference') referenced.add(node.identifier);
      if (node.type === 'footnoteDefinition') {
        const line = defined.get(node.identifier);
        if (line !== undefined) {
          file.message(`footnote [^${node.label ?? node.identifier}] is defined twice (first on line ${line})`, {
            place: node.position,
            ruleId: 'duplicate-footnote',
            source: 'footnotes',
          });
        }
        defined.set(node.identifier, node.position?.start.line ?? 0);
      }
      if (node.type === 'text') {
        for (const match of node.value.matchAll(danglingReference)) {
          file.message(`footnote reference [^${match[1]}] has no definition`, {
            place: node.position,
            ruleId: 'undefined-footnote',
            source: 'footnotes',
          });
        }
        if (scrapedBackref.test(node.value)) {
          file.message('stray back-reference mark ↩ in the text', {
            place: node.position,
            ruleId: 'stray-backref',
            source: 'footnotes',
          });
        }
      }
    });
    visit(tree, 'footnoteDefinition', (node) => {
      if (!referenced.has(node.identifier)) {
        file.message(`footnote [^${node.label ?? node.identifier}] is defined but never referenced`, {
          place: node.position,
          ruleId: 'unused-footnote',
          source: 'footnotes',
        });
      }
    });
  };
};
