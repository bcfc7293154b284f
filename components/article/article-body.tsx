import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { collapseBackrefs } from '@/lib/notes/collapse-backrefs';
import { NoteRef } from './note-ref';
import { isParagraphId } from '@/lib/ids/block-id';

interface ArticleBodyProps {
  /** The rendered article tree (already in the variant's script). */
  tree: Root;
  /** Label of the popover link to a footnote. */
  footnoteGotoLabel?: string;
  /** Label of the popover link to a glossary entry. */
  glossaryGotoLabel?: string;
  /** Accessible name of a paragraph's ¶ link. */
  permalinkLabel?: string;
  /**
   * On a Chinese essay page: each paragraph also gets an "EN" control, a link to the paragraph on the
   * 中英对照 page (so it works without JavaScript) that the `paragraph-english` island turns into a toggle
   * showing the paragraph's English below it.
   */
  english?: { href: (id: string) => string; label: string };
  /** A note's many back links become one "↑ 返回正文（12 处引用）" control with this label (lib/notes/collapse-backrefs.ts). */
  backrefsLabel?: (places: number) => string;
}

/** hast → React elements; no HTML strings. The tree never holds raw HTML (the build rejects it). */
export function ArticleBody({
  tree,
  footnoteGotoLabel = '↓',
  glossaryGotoLabel = '↓',
  permalinkLabel = '¶',
  english,
  backrefsLabel,
}: ArticleBodyProps) {
  // Discreet tools for each paragraph: a ¶ link to the paragraph (the mark is drawn by CSS, so it is never
  // part of the paragraph's text and copying a paragraph copies no ¶), and on Chinese pages the "EN"
  // control. A row that CSS takes out of the text flow and sets in the gap below the paragraph's last line
  // (app/styles/reading-tools.css), so it never changes where the paragraph's lines break. It comes first in
  // the markup: an absolutely positioned box after the text can leave an empty line box behind the last
  // line, which then counts as a line before the end and is justified (stretched) like the others.
  const paragraphTools = (id: string) => (
    <span className="para-tools">
      <a href={`#${id}`} data-permalink="" aria-label={permalinkLabel} className="pilcrow" />
      {english ? (
        <a href={english.href(id)} data-para-english={id} aria-label={english.label} className="para-en">
          EN
        </a>
      ) : null}
    </span>
  );
  const components = {
    p: ({ children, ...props }: ComponentProps<'p'>) => (
      <p {...props}>
        {isParagraphId(props.id) ? paragraphTools(props.id) : null}
        {children}
      </p>
    ),
    li: ({ children, ...props }: ComponentProps<'li'>) => (
      <li {...props}>
        {isParagraphId(props.id) ? paragraphTools(props.id) : null}
        {children}
      </li>
    ),
    // Footnote references, translator's note references and glossary terms open their note in a popover.
    a: (
      props: ComponentProps<'a'> & {
        'data-footnote-ref'?: unknown;
        'data-translator-note-ref'?: unknown;
        'data-glossary-ref'?: unknown;
      },
    ) => {
      if (props['data-footnote-ref'] !== undefined || props['data-translator-note-ref'] !== undefined)
        return <NoteRef {...props} gotoLabel={footnoteGotoLabel} />;
      if (props['data-glossary-ref'] !== undefined) return <NoteRef {...props} gotoLabel={glossaryGotoLabel} />;
      return <a {...props} />;
    },
  };
  return (
    <div className="prose-zh">
      {toJsxRuntime(backrefsLabel ? collapseBackrefs(tree, backrefsLabel) : tree, { Fragment, jsx, jsxs, components })}
    </div>
  );
}
