import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** Raw HTML in markdown is never passed through: each occurrence is a build error. */
export const remarkRejectHtml: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      const snippet = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
      file.message(`raw HTML is not allowed in content: ${JSON.stringify(snippet)}`, {
        place: node.position,
        ruleId: 'no-html',
        source: 'content',
      });
    });
  };
};
