import { getMessages } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/site';
import type { RelatedEssay } from '@/lib/model';
import type { VariantId } from '@/lib/site/variants';

interface RelatedReadingProps {
  variant: VariantId;
  /** The other essays by shared themes, strongest first. */
  related: readonly RelatedEssay[];
  /** Theme names in the page's variant, by id. */
  themeNames: ReadonlyMap<string, string>;
}

/** Other essays ranked by shared themes, each with the themes it shares. */
export function RelatedReading({ variant, related, themeNames: names }: RelatedReadingProps) {
  const t = getMessages(variant);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-reading" className="mt-12 border-t border-(--color-rule) pt-6">
      <h2 id="related-reading" className="ui text-base font-semibold">
        {t.relatedReading}
      </h2>
      <ol className="mt-2 space-y-2">
        {related.map(({ article, shared }) => (
          <li key={article.slug} data-related={article.slug}>
            <a
              href={articlePath(variant, article.slug)}
              className="block py-2.5 font-semibold hover:text-(--color-accent)"
            >
              {article.title}
            </a>
            <p className="ui text-sm text-(--color-muted)">
              {t.sharedThemes}
              {t.colon}
              {shared.map((id) => names.get(id)).join(' · ')}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
