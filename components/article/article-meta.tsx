import type { Article } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { DateText } from './date-text';
import { isTranslationVariant } from '@/lib/variants';

interface ArticleMetaProps {
  article: Article;
  /** Leave out the reading time (the About page's source list). */
  readingTime?: boolean;
}

/**
 * The byline, labelled: author, outlet (when the source names one; the content check makes sure it never
 * repeats the author), the date or that the source gives none, the translator on English pages, the
 * reading time. One line on a wide screen; it wraps between parts, never inside a name.
 */
export function ArticleMeta({ article, readingTime = true }: ArticleMetaProps) {
  const t = getMessages(article.variant);
  const parts = [
    <span key="author" data-byline-author="">
      <span className="byline-label">{t.by}</span> {article.author}
    </span>,
    article.outlet ? (
      <span key="outlet" data-byline-outlet="">
        <span className="byline-label">
          {t.outletLabel}
          {isTranslationVariant(article.variant) ? ':' : ''}
        </span>{' '}
        {article.outlet}
      </span>
    ) : null,
    article.date ? (
      <DateText key="date" date={article.date} english={isTranslationVariant(article.variant)} />
    ) : (
      <span key="date" data-byline-undated="">
        {t.undated}
      </span>
    ),
    t.translatedBy ? (
      <span key="translator" data-byline-translator="">
        {t.translatedBy}
      </span>
    ) : null,
    readingTime ? <span key="time">{t.readingTime(article.readingMinutes)}</span> : null,
  ].filter((part) => part !== null);
  return (
    <p data-byline="" className="ui flex flex-wrap gap-x-2 text-[0.8125rem] text-(--color-muted) sm:text-sm">
      {/* The separator ends a part, so a wrapped line ends with it rather than starting with it. */}
      {parts.map((part, i) => (
        <span key={i} className="whitespace-nowrap">
          {part}
          {i < parts.length - 1 ? (
            <span aria-hidden="true" className="ms-2">
              ·
            </span>
          ) : null}
        </span>
      ))}
    </p>
  );
}
