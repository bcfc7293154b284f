import type { Plugin } from 'unified';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { toCanonical } from '../script/converters';
import type { SourceScript } from '../script/source-scripts';

export interface RemarkCanonicalScriptOptions {
  /** Script the source file is written in (its frontmatter `script`). Required. */
  readonly script: SourceScript;
}

/** Convert prose (text nodes, image alt, link/image titles) to canonical Simplified. Code and URLs stay. */
export const remarkCanonicalScript: Plugin<[RemarkCanonicalScriptOptions], Root> = function ({ script }) {
  const convert = toCanonical(script);
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'text') node.value = convert(node.value);
      if (node.type === 'image' && node.alt) node.alt = convert(node.alt);
      if ((node.type === 'image' || node.type === 'link') && node.title) node.title = convert(node.title);
    });
  };
};
