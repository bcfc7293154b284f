import type { Article } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { DateText } from './date-text';
import { isTranslationVariant } from '@/lib/site/variants';

interface ArticleMetaProps {
  article: Article;
  /** Leave out the reading time (the About page's source list). */
  readingTime?: boolean;
}

/**
 * The byline, labelled: author, outlet (when the source names one; the content check makes sure it never
 * repeats the author), the date or that the source gives none, the translator on English pages, the
 * reading time. One line on a wide screen; it wraps between parts, never inside a name, and a separator never
 * dangles at a line's end (app/styles/reading-controls.css).
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
    // Each part carries its "·" before it, in the row's negative start margin when the part starts a line,
    // where the wrapper clips it: no line ends (or starts) with a separator, whatever the width (issue 28).
    <div className="overflow-hidden">
      <p data-byline="" className="ui byline flex flex-wrap text-[0.8125rem] text-(--color-muted) sm:text-sm">
        {parts.map((part, i) => (
          <span key={i} className="byline-part whitespace-nowrap">
            {part}
          </span>
        ))}
      </p>
    </div>
  );
}
