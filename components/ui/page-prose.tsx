import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

interface PageProseProps {
  /** A site page's rendered body (lib/pages): the home page's 导读, the About page. */
  tree: Root;
  className?: string;
}

/** A site page's prose: hast → React, no HTML strings (the tree never holds raw HTML; the build rejects it). */
export function PageProse({ tree, className }: PageProseProps) {
  return <div className={className}>{toJsxRuntime(tree, { Fragment, jsx, jsxs })}</div>;
}
