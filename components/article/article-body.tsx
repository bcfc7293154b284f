import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { NoteRef } from './note-ref';

interface ArticleBodyProps {
  /** The rendered article tree (already in the variant's script). */
  tree: Root;
  /** Label of the popover link to a footnote. */
  footnoteGotoLabel?: string;
  /** Label of the popover link to a glossary entry. */
  glossaryGotoLabel?: string;
  /** Accessible name of a paragraph's ¶ link. */
  permalinkLabel?: string;
}

const isParagraphId = (id: unknown): id is string => typeof id === 'string' && /^p-\d+$/.test(id);

/** hast → React elements; no HTML strings. The tree never holds raw HTML (the build rejects it). */
export function ArticleBody({
  tree,
  footnoteGotoLabel = '↓',
  glossaryGotoLabel = '↓',
  permalinkLabel = '¶',
}: ArticleBodyProps) {
  // A discreet ¶ after each paragraph, shown on hover and focus: a plain link to the paragraph. The mark
  // is drawn by CSS, so it is never part of the paragraph's text (copying a paragraph copies no ¶).
  const pilcrow = (id: string) => (
    <a href={`#${id}`} data-permalink="" aria-label={permalinkLabel} className="pilcrow" />
  );
  const components = {
    p: ({ children, ...props }: ComponentProps<'p'>) => (
      <p {...props}>
        {children}
        {isParagraphId(props.id) ? pilcrow(props.id) : null}
      </p>
    ),
    li: ({ children, ...props }: ComponentProps<'li'>) => (
      <li {...props}>
        {children}
        {isParagraphId(props.id) ? pilcrow(props.id) : null}
      </li>
    ),
    // Footnote references and glossary terms open their note in a popover.
    a: (props: ComponentProps<'a'> & { 'data-footnote-ref'?: unknown; 'data-glossary-ref'?: unknown }) => {
      if (props['data-footnote-ref'] !== undefined) return <NoteRef {...props} gotoLabel={footnoteGotoLabel} />;
      if (props['data-glossary-ref'] !== undefined) return <NoteRef {...props} gotoLabel={glossaryGotoLabel} />;
      return <a {...props} />;
    },
  };
  return <div className="prose-zh">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}</div>;
}
