import type { Article } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';
import { DateText } from './date-text';

interface ArticleMetaProps {
  article: Article;
}

/** Author · outlet · date · reading time, one line. */
export function ArticleMeta({ article }: ArticleMetaProps) {
  const t = getMessages(article.variant);
  return (
    <p className="ui flex flex-wrap gap-x-3 gap-y-1 text-sm text-(--color-muted)">
      <span>
        <span className="sr-only">{t.by}: </span>
        {article.author}
      </span>
      <span aria-hidden="true">·</span>
      <span>
        <span className="sr-only">{t.source}: </span>
        {article.outlet}
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
