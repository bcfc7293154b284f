import type { Metadata } from 'next';
import { shareImageFor, type ShareImage } from '../covers/share-images';
import { shareImageSize } from '../covers/share-image-size';
import { getMessages } from '../i18n/messages';
import { getVariant, variantIds, variants, type VariantId } from '../site/variants';
import { feedPath, variantPath } from '../site';

/**
 * The site's public base URL: `SITE_URL` at build time (e.g. `https://reader.example.org`), else the
 * local server `npm start` runs. Canonical URLs, hreflang alternates, feeds, the sitemap and Open Graph
 * data are all absolute against it.
 */
export function siteUrl(): URL {
  const raw = process.env.SITE_URL?.trim() || 'http://localhost:3000';
  const url = new URL(raw.endsWith('/') ? raw : `${raw}/`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be http(s): ${raw}`);
  return url;
}

/** Absolute URL of a site path (`/zh-hans/…`). */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl()).toString();
}

/** `<link rel="alternate" type="application/rss+xml">` entries for the given variants' feeds. */
export function feedLinks(ids: readonly VariantId[]) {
  return {
    'application/rss+xml': ids.map((id) => {
      const t = getMessages(id);
      return { url: feedPath(id), title: t.feedTitle };
    }),
  };
}

/**
 * `hreflang` alternates of a page in every variant. `x-default` is `/` (which picks a script) for the
 * index, and the Simplified page elsewhere (the script most of the essays were written in).
 */
export function alternates(subpath: string, available: readonly VariantId[] = variantIds): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const v of variants) if (available.includes(v.id)) languages[v.lang] = variantPath(v.id, subpath);
  languages['x-default'] = subpath === '' ? '/' : variantPath(variants[0]!.id, subpath);
  return languages;
}

export interface PageSeo {
  readonly variant: VariantId;
  /** Path below the variant segment, e.g. `articles/ai-race-002/` ('' for the index). */
  readonly subpath: string;
  /** Page title without the site name (the layout's template adds it); omit on the index. */
  readonly title?: string;
  readonly description: string;
  readonly article?: { readonly publishedTime?: string; readonly authors: readonly string[] };
  readonly noindex?: boolean;
  /** Variants that have this page (default: all). */
  readonly available?: readonly VariantId[];
  /** The essay whose share image the page uses; without it, the variant's front page's. */
  readonly shareSlug?: string;
}

/** Open Graph and Twitter image entries for a share image, with an absolute URL. */
export function shareImageMetadata(image: ShareImage) {
  const url = absoluteUrl(image.path);
  return {
    og: [{ url, ...shareImageSize, alt: image.alt, type: 'image/png' }],
    twitter: [{ url, alt: image.alt }],
  };
}

/** Canonical URL, hreflang alternates, feed link, Open Graph and Twitter card data (with its share image) for one page. */
export function pageMetadata({
  variant,
  subpath,
  title,
  description,
  article,
  noindex,
  available,
  shareSlug,
}: PageSeo): Metadata {
  const t = getMessages(variant);
  const image = shareImageMetadata(shareImageFor(variant, shareSlug));
  const siteName = `${t.siteName} · ${t.siteSubtitle}`;
  const path = variantPath(variant, subpath);
  const fullTitle = title ? `${title} · ${t.siteName}` : siteName;
  return {
    ...(title ? { title } : {}),
    description,
    ...(article ? { authors: article.authors.map((name) => ({ name })) } : {}),
    alternates: {
      canonical: path,
      languages: alternates(subpath, available),
      types: feedLinks([variant]),
    },
    openGraph: {
      type: article ? 'article' : 'website',
      url: path,
      siteName,
      title: fullTitle,
      description,
      locale: getVariant(variant).ogLocale,
      alternateLocale: variants
        .filter((v) => v.id !== variant && (available ?? variantIds).includes(v.id))
        .map((v) => v.ogLocale),
      ...(article ? { publishedTime: article.publishedTime, authors: [...article.authors], section: t.articles } : {}),
      images: image.og,
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description, images: image.twitter },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Language tag of a variant, for feeds and JSON-LD. */
export const languageOf = (variant: VariantId) => getVariant(variant).lang;
