import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

interface PageProseProps {
  /** A site page's rendered body (lib/pages): the home page's 导读, the About page. */
  tree: Root;
  className?: string;
}

/**
 * A site page's prose: hast → React, no HTML strings (the tree never holds raw HTML; the build rejects it).
 * Its measure (at most about 34 em a line in English, 36 em in Chinese) is set in app/styles/pages.css.
 */
export function PageProse({ tree, className }: PageProseProps) {
  return <div className={className}>{toJsxRuntime(tree, { Fragment, jsx, jsxs })}</div>;
}

/** The first paragraph (the lead) and the rest of a page, so something can be set between them. */
export function splitLead(tree: Root): [Root, Root] {
  const at = tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'p');
  return [
    { type: 'root', children: tree.children.slice(0, at + 1) },
    { type: 'root', children: tree.children.slice(at + 1) },
  ];
}
