import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

interface ArticleBodyProps {
  /** The rendered article tree (already in the variant's script). */
  tree: Root;
}

/** hast → React elements; no HTML strings. The tree never holds raw HTML (the build rejects it). */
export function ArticleBody({ tree }: ArticleBodyProps) {
  return <div className="prose-zh">{toJsxRuntime(tree, { Fragment, jsx, jsxs })}</div>;
}
