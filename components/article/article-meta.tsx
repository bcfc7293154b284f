import type { Article } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';
import { DateText } from './date-text';

interface ArticleMetaProps {
  article: Article;
}

/** The byline: author · date · reading time, on one line (the outlet is in "About this essay"). */
export function ArticleMeta({ article }: ArticleMetaProps) {
  const t = getMessages(article.variant);
  return (
    <p data-byline="" className="ui flex flex-wrap gap-x-2 text-[0.8125rem] text-(--color-muted) sm:text-sm">
      <span>
        <span className="sr-only">{t.by}: </span>
        {article.author}
      </span>
      {article.date ? (
        <>
          <span aria-hidden="true">·</span>
          <DateText date={article.date} english={article.variant === 'en'} />
        </>
      ) : null}
      <span aria-hidden="true">·</span>
      <span>{t.readingTime(article.readingMinutes)}</span>
    </p>
  );
}
