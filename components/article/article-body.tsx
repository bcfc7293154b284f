import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { collapseBackrefs } from '@/lib/notes/collapse-backrefs';
import { NoteRef } from './note-ref';
import { isParagraphId } from '@/lib/ids/block-id';

/** A paragraph's other language (see {@link ArticleBodyProps.other}). */
export interface OtherLanguage {
  readonly language: 'english' | 'chinese';
  readonly href: (id: string) => string;
  readonly label: string;
}

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
   * Each paragraph also gets a control for its other language: "EN" on a Chinese essay page, "中" on an
   * English one. A link to the paragraph on the 中英对照 page (so it works without JavaScript) that the
   * `paragraph-english` / `paragraph-chinese` island turns into a toggle showing the paragraph in the other
   * language below it.
   */
  other?: OtherLanguage;
  /** A note's many back links become one "↑ 返回正文（12 处引用）" control with this label (lib/notes/collapse-backrefs.ts). */
  backrefsLabel?: (places: number) => string;
  /**
   * The language of the page (and of the tools' labels): given to a paragraph's tools when the paragraph is in
   * another (an English quotation in a Chinese essay, a Chinese paragraph awaiting its translation).
   */
  lang?: string;
}

/** hast → React elements; no HTML strings. The tree never holds raw HTML (the build rejects it). */
export function ArticleBody({
  tree,
  footnoteGotoLabel = '↓',
  glossaryGotoLabel = '↓',
  permalinkLabel = '¶',
  other,
  backrefsLabel,
  lang,
}: ArticleBodyProps) {
  // Discreet tools for each paragraph: a ¶ link to the paragraph (the mark is drawn by CSS, so it is never
  // part of the paragraph's text and copying a paragraph copies no ¶), and the other language's control
  // ("EN" on Chinese pages, "中" on English ones). A row that CSS takes out of the text flow and sets in the gap below the paragraph's last line
  // (app/styles/reading-tools.css), so it never changes where the paragraph's lines break. It comes first in
  // the markup: an absolutely positioned box after the text can leave an empty line box behind the last
  // line, which then counts as a line before the end and is justified (stretched) like the others.
  const paragraphTools = (id: string, blockLang: unknown) => (
    <span className="para-tools" lang={blockLang !== undefined && blockLang !== lang ? lang : undefined}>
      <a href={`#${id}`} data-permalink="" aria-label={permalinkLabel} />
      {other?.language === 'english' ? (
        <a href={other.href(id)} data-para-english={id} aria-label={other.label} className="para-en">
          EN
        </a>
      ) : null}
      {other?.language === 'chinese' ? (
        // No aria-label: the name is the visible 中, in Chinese, then the label in the page's language.
        <a href={other.href(id)} data-para-chinese={id} className="para-zh">
          <span lang="zh-Hans">中</span>
          <span className="sr-only"> {other.label}</span>
        </a>
      ) : null}
    </span>
  );
  const components = {
    p: ({ children, ...props }: ComponentProps<'p'>) => (
      <p {...props}>
        {isParagraphId(props.id) ? paragraphTools(props.id, props.lang) : null}
        {children}
      </p>
    ),
    li: ({ children, ...props }: ComponentProps<'li'>) => (
      <li {...props}>
        {isParagraphId(props.id) ? paragraphTools(props.id, props.lang) : null}
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
