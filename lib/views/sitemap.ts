import type { MetadataRoute } from 'next';
import { getArticles } from '../model';
import { absoluteUrl, alternates } from './seo';
import { getThemes } from '../model';
import { variantPath } from '../site';
import { variants } from '../site/variants';

/** Paths below the variant segment of every indexable page (the search page is left out). */
export function pageSubpaths(): string[] {
  const first = variants[0]!.id;
  return [
    '',
    ...getArticles(first).map((a) => `articles/${a.slug}/`),
    'themes/',
    ...getThemes(first).map((t) => `themes/${t.id}/`),
    'about/',
  ];
}

/** Every page in every variant, with all variants (and `x-default`) as alternates. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const absolute = (languages: Record<string, string>) =>
    Object.fromEntries(Object.entries(languages).map(([lang, path]) => [lang, absoluteUrl(path)]));
  const root = { url: absoluteUrl('/'), alternates: { languages: absolute(alternates('')) } };
  return [
    root,
    ...pageSubpaths().flatMap((subpath) =>
      variants.map((v) => ({
        url: absoluteUrl(variantPath(v.id, subpath)),
        alternates: { languages: absolute(alternates(subpath)) },
      })),
    ),
  ];
}
