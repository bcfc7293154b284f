import type { Article } from './articles';

export interface RelatedEssay {
  readonly article: Article;
  readonly score: number;
  /** Shared theme ids, strongest first. */
  readonly shared: readonly string[];
}

/**
 * Other essays ranked by shared themes weighted by mentions: each shared theme adds the smaller of the
 * two essays' mention counts (a theme both essays dwell on weighs more than one each names in passing).
 */
export function relatedEssays(self: Article, articles: readonly Article[]): RelatedEssay[] {
  const counts = new Map(self.themeCounts.map((t) => [t.id, t.count]));
  return articles
    .filter((a) => a.slug !== self.slug)
    .map((article) => {
      const shared = article.themeCounts
        .filter((t) => counts.has(t.id))
        .map((t) => ({ id: t.id, weight: Math.min(t.count, counts.get(t.id)!) }))
        .sort((a, b) => b.weight - a.weight);
      return { article, score: shared.reduce((n, t) => n + t.weight, 0), shared: shared.map((t) => t.id) };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.article.slug.localeCompare(b.article.slug));
}
