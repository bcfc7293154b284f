import { Feed } from 'feed';
import { bylineText } from './byline';
import { getArticles } from '../model';
import { getMessages } from '../i18n/messages';
import { absoluteUrl, languageOf } from './seo';
import { articlePath, feedPath, indexPath } from '../site';
import type { Article } from '../model';
import type { VariantId } from '../site/variants';

/**
 * Text as HTML text. `feed` wraps titles and descriptions in CDATA, which feed readers render as HTML, so
 * a summary reading `<img onerror=…>` would be markup there: every text is escaped before it goes in.
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The RSS 2.0 feed of a variant: every essay with its full summary, author and (where the source gives
 * one) publication date. Deterministic: `lastBuildDate` is the newest essay date, not the build time, and
 * an undated essay has no `pubDate` rather than an invented one (RSS 2.0 makes it optional).
 */
export function variantFeed(variant: VariantId): string {
  return feedXml(variant, getArticles(variant));
}

/** The feed of `articles` in a variant (what {@link variantFeed} writes; tests pass hostile articles). */
export function feedXml(variant: VariantId, articles: readonly Article[]): string {
  const t = getMessages(variant);
  const dates = articles.flatMap((a) => (a.date ? [new Date(`${a.date}T00:00:00Z`)] : []));
  const newest = dates.length > 0 ? new Date(Math.max(...dates.map(Number))) : new Date('2025-01-01T00:00:00Z');
  const home = absoluteUrl(indexPath(variant));
  const feed = new Feed({
    title: escapeText(`${t.siteName} · ${t.siteSubtitle}`),
    description: escapeText(t.siteTagline(articles.length)),
    id: home,
    link: home,
    language: languageOf(variant),
    updated: newest,
    generator: false,
    copyright: escapeText(t.footerNote),
    feedLinks: { rss: absoluteUrl(feedPath(variant)) },
  });
  for (const article of articles) {
    const link = absoluteUrl(articlePath(variant, article.slug));
    feed.addItem({
      title: escapeText(article.title),
      id: link,
      link,
      // RSS 2.0's <author> must be an e-mail address, so the author is named in the description.
      description: escapeText(`${article.summary} — ${bylineText(article)}`),
      // `feed` types `date` as required, but its RSS writer omits `pubDate` when it is missing, which is
      // what an undated essay should get.
      date: (article.date ? new Date(`${article.date}T00:00:00Z`) : undefined) as Date,
      category: article.themeCounts.slice(0, 5).map(({ id }) => ({ name: id })),
    });
  }
  return feed.rss2();
}
