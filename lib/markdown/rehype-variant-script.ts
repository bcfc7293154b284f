import type { Plugin } from 'unified';
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { variantText } from '../script/text';
import type { Variant } from '../variants';

export interface RehypeVariantScriptOptions {
  /** Variant to render. Required. */
  readonly variant: Variant;
}

const untouched = new Set(['code', 'pre', 'script', 'style']);

/**
 * Render the canonical tree in a variant's script: text nodes and `alt`/`title` only. URLs, ids, other
 * attributes, code and anything marked `lang="en"` are never converted.
 */
export const rehypeVariantScript: Plugin<[RehypeVariantScriptOptions], Root> = function ({ variant }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') {
        if (untouched.has(node.tagName) || node.properties.lang === 'en') return SKIP;
        for (const key of ['alt', 'title'] as const) {
          const value = node.properties[key];
          if (typeof value === 'string') node.properties[key] = variantText(value, variant);
        }
      }
      if (node.type === 'text') node.value = variantText(node.value, variant);
      return undefined;
    });
  };
};
