import type { Article } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/site';
import type { VariantId } from '@/lib/site/variants';

interface ThemeMapKeyProps {
  variant: VariantId;
  articles: readonly Article[];
}

/** The theme map's key: each column's short label beside the essay's full title, which links to the essay. */
export function ThemeMapKey({ variant, articles }: ThemeMapKeyProps) {
  const t = getMessages(variant);
  return (
    <div className="mt-6 lg:mt-3">
      <p className="text-sm text-(--color-muted)">{t.themeMapKey}</p>
      <ul className="mt-1 grid gap-x-8 sm:grid-cols-2 lg:grid-cols-1">
        {articles.map((article) => (
          <li
            key={article.slug}
            data-map-key={article.slug}
            className="grid grid-cols-[4.5rem_minmax(0,1fr)] items-baseline border-t border-(--color-rule) text-sm"
          >
            <span className="font-semibold break-keep">{article.short}</span>
            <a
              href={articlePath(variant, article.slug)}
              className="block min-h-11 py-2.5 leading-snug hover:text-(--color-accent)"
            >
              {article.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
