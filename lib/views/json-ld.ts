import type { Article } from '../model';
import { getMessages } from '../i18n/messages';
import { absoluteUrl, languageOf } from './seo';
import { articlePath, indexPath } from '../site';
import { isTranslationVariant } from '../site/variants';

/** schema.org `Article` data for an essay page (JSON-LD). */
export function articleJsonLd(article: Article): Record<string, unknown> {
  const t = getMessages(article.variant);
  const url = absoluteUrl(articlePath(article.variant, article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.summary,
    inLanguage: languageOf(article.variant),
    author: { '@type': 'Person', name: article.author },
    ...(article.date ? { datePublished: article.date } : {}),
    url,
    mainEntityOfPage: url,
    isPartOf: {
      '@type': 'WebSite',
      name: `${t.siteName} · ${t.siteSubtitle}`,
      url: absoluteUrl(indexPath(article.variant)),
    },
    ...(article.outlet ? { sourceOrganization: { '@type': 'Organization', name: article.outlet } } : {}),
    ...(isTranslationVariant(article.variant)
      ? { translator: { '@type': 'Organization', name: `${t.siteName} · ${t.siteSubtitle}` } }
      : {}),
    ...(article.sourceUrl ? { isBasedOn: article.sourceUrl } : {}),
  };
}
