import { WordBreaks } from '@/components/typesetting/word-breaks';
import type { Article } from '@/lib/model';
import { articlePath } from '@/lib/site';

interface EssayIndexProps {
  variant: string;
  /** Names the list for screen readers and above it ("篇目", "The essays"). */
  label: string;
  /** The essays in the 导读's reading order. */
  articles: readonly Article[];
}

/**
 * The essays' titles right after the 导读's lead paragraph: on a 390 × 844 phone every essay is one tap
 * away on the first screen (the covers follow far below). Each row is a 44 px target; the number is the
 * reading order, the same as on the covers.
 */
export function EssayIndex({ variant, label, articles }: EssayIndexProps) {
  return (
    <nav aria-labelledby="essay-index" data-essay-index="" className="mt-4">
      <p id="essay-index" className="ui text-sm font-semibold tracking-wide text-(--color-muted)">
        {label}
      </p>
      <ol className="mt-1 border-t border-(--color-rule)">
        {articles.map((article, i) => (
          <li key={article.slug} className="border-b border-(--color-rule)">
            <a
              href={articlePath(variant, article.slug)}
              data-essay-index-link={article.slug}
              className="flex min-h-11 items-baseline gap-3 py-2 leading-snug font-semibold hover:text-(--color-accent)"
            >
              <span aria-hidden="true" className="ui w-4 shrink-0 text-sm text-(--color-accent) tabular-nums">
                {i + 1}
              </span>
              <span>
                <WordBreaks text={article.title} />
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
