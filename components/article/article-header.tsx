import type { ReactNode } from 'react';
import type { Article } from '@/lib/model';
import { WordBreaks } from '@/components/typesetting/word-breaks';
import { absoluteUrl } from '@/lib/views/seo';
import { ArticleMeta } from './article-meta';

interface ArticleHeaderProps {
  article: Article;
  /** Under the byline: the 中文 | 对照 | EN choice (issue 28) and the read-aloud control (issue 31), in one row. */
  controls?: ReactNode;
  /** The page's own path (its canonical URL's path): printed under the byline, hidden on screen. */
  path: string;
}

/**
 * What a reader sees before the text, kept short so the first paragraph starts on a phone's first screen:
 * the title, a one-line byline, the 中文 | 对照 | EN choice and the deck (the essay's summary). The English
 * deck, the source, the themes and the reading modes in full follow the essay (`AboutEssay`).
 */
export function ArticleHeader({ article, controls, path }: ArticleHeaderProps) {
  return (
    <header className="mb-5 sm:mb-10">
      <h1 className="text-[1.75rem] leading-tight font-bold sm:text-3xl sm:leading-snug [&:lang(en)]:text-[1.625rem] sm:[&:lang(en)]:text-3xl">
        <WordBreaks text={article.title} />
      </h1>
      <div className="mt-2 sm:mt-4">
        <ArticleMeta article={article} />
      </div>
      {/* On paper a printout should lead back to its page: the canonical address, shown only in print
          (app/styles/print.css). Chromium prints no @page margin boxes, so it is part of the page. */}
      <p data-print-url="" className="ui mt-1 hidden text-[0.8125rem] text-(--color-muted)">
        {absoluteUrl(path)}
      </p>
      {controls ? <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">{controls}</div> : null}
      <p data-deck="" className="ui mt-3 text-[0.9375rem] leading-relaxed text-(--color-muted) sm:mt-4 sm:text-base">
        {article.summary}
      </p>
    </header>
  );
}
