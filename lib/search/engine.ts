/**
 * One search, as pure logic over Pagefind's browser API (passed in, so tests use a fake): which indexes a
 * query searches, the query in each index's script, the paragraphs that really match (lib/search/rank.ts),
 * each result's link, title and excerpt in the reader's script. No DOM: islands/lazy/search.ts draws what
 * this returns. See docs/decisions.md, "Search".
 */
import type { ScriptConverter } from '../script/overrides';
import { variantPath } from '../site';
import { canonicalVariant, getVariant, translationVariant, type VariantId } from '../site/variants';
import { searchLanguageOf, searchLanguages, searchMetaKey, type SearchLanguage } from './config';
import { aligned, excerptPieces, type ExcerptPiece } from './excerpt';
import { chineseNames } from './latin-names';
import { hasHan, hasLatin, queryTerms } from './match';
import { rankResults } from './rank';

/** The parts of Pagefind's browser API the search uses (pagefind.js ships no types). */
export interface PagefindResultData {
  url: string;
  content: string;
  /** `slug` and, per variant, `title_<id>`, `section_<id>`, `text_<id>` (see lib/search/records.ts). */
  meta: Partial<Record<string, string>>;
}
export interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

export interface Hit {
  key: string;
  href: string;
  title: string;
  section: string;
  pieces: ExcerptPiece[];
  /** The `lang` of the text shown (the reader's variant, or the other language's). */
  lang: string;
}

export interface Group {
  language: SearchLanguage;
  /** Only partial matches (a Chinese term present only in its words): shown under their own heading. */
  partial: boolean;
  hits: Hit[];
}

export interface SearchOutcome {
  query: string;
  /** Groups with at least one hit: the page's own language first. */
  groups: Group[];
  /** The indexes searched (the empty state offers the other language's page when it was not). */
  searched: SearchLanguage[];
}

/** Which indexes a query searches: the page's own, and the other one when the query is written in its script. */
export function languagesFor(query: string, own: SearchLanguage): SearchLanguage[] {
  const writtenIn: Record<SearchLanguage, (q: string) => boolean> = { zh: hasHan, en: hasLatin };
  return [own, ...searchLanguages.filter((l) => l !== own && writtenIn[l](query))];
}

/** The variant an index's text is in: the translation, or canonical Simplified for the Chinese one. */
export const indexedVariant = (language: SearchLanguage): VariantId =>
  (language === searchLanguageOf(translationVariant) ? translationVariant.id : canonicalVariant.id) as VariantId;

/** Results of one index: only paragraphs that contain the query (lib/search/rank.ts), shown in `shownIn`. */
export async function searchIndex(
  pagefind: Pagefind,
  language: SearchLanguage,
  query: string,
  shownIn: VariantId,
): Promise<Group> {
  const found = await pagefind.search(query);
  const data = await Promise.all(found.results.map((r) => r.data()));
  // Ranked on the index's own title and section (the script the query was brought to), shown in `shownIn`'s.
  const indexed = indexedVariant(language);
  const candidates = data.map((d) => ({
    data: d,
    content: d.content,
    title: d.meta[searchMetaKey('title', indexed)] ?? '',
    section: d.meta[searchMetaKey('section', indexed)] ?? '',
  }));
  const { exact, partial } = rankResults(candidates, queryTerms(query));
  const chosen = exact.length > 0 ? exact : partial;
  const lang = getVariant(shownIn).lang;
  return {
    language,
    partial: exact.length === 0 && partial.length > 0,
    hits: chosen.map(({ item, match }) => {
      // The paragraph in the reader's script; the index's own text is the record's content.
      const text = item.data.meta[searchMetaKey('text', shownIn)] ?? item.content;
      return {
        key: `${language}:${item.data.url}`,
        href: variantPath(shownIn, item.data.url.replace(/^\//, '')),
        title: item.data.meta[searchMetaKey('title', shownIn)] ?? '',
        section: item.data.meta[searchMetaKey('section', shownIn)] ?? '',
        pieces: excerptPieces(text, aligned(item.content, text) ? match.ranges : [], 90, language),
        lang,
      };
    }),
  };
}

export interface SearchDeps {
  /** The page's variant. */
  variant: VariantId;
  /** An index's Pagefind, loaded and configured. */
  loadIndex(language: SearchLanguage): Promise<Pagefind>;
  /** The query converter to canonical Simplified (loaded only when a query has Chinese characters). */
  converter(): Promise<ScriptConverter>;
}

/**
 * Search the essays: the page's own language, and the other one when the query is written in its script
 * (Chinese typed on an English page, English on a Chinese one). A Chinese query is brought to canonical
 * Simplified (the Chinese index's script); each result is shown and linked in the reader's script (results
 * of the other language in its first variant). The page's own index must answer (else this rejects); the
 * other language's results are a bonus, left out when its index fails.
 */
export async function searchAll(query: string, { variant, loadIndex, converter }: SearchDeps): Promise<SearchOutcome> {
  const own = searchLanguageOf(getVariant(variant));
  const chinese = searchLanguageOf(canonicalVariant);
  const shownIn = (language: SearchLanguage): VariantId => (language === own ? variant : indexedVariant(language));
  const canonical = hasHan(query) ? (await converter())(query) : query;
  const searched = languagesFor(query, own);
  // On a Chinese page, "Musk" also finds 马斯克 in the reader's own edition (lib/search/latin-names.ts).
  const inChinese = own === chinese ? (chineseNames(canonical) ?? canonical) : canonical;
  const settled = await Promise.allSettled(
    searched.map(async (l) => searchIndex(await loadIndex(l), l, l === chinese ? inChinese : query, shownIn(l))),
  );
  if (settled[0]!.status === 'rejected') throw settled[0]!.reason;
  const groups = settled.flatMap((r) => (r.status === 'fulfilled' && r.value.hits.length > 0 ? [r.value] : []));
  return { query, groups, searched };
}

/** How many results a page of "show more" adds. */
export const pageSize = 20;

/** One "show more" budget across the groups, in order: the hits of each group that are shown. */
export function visibleHits(groups: readonly Group[], shown: number): { group: Group; hits: Hit[] }[] {
  let budget = shown;
  return groups.flatMap((group) => {
    const hits = group.hits.slice(0, Math.max(0, budget));
    budget -= hits.length;
    return hits.length > 0 ? [{ group, hits }] : [];
  });
}

export const totalHits = (groups: readonly Group[]) => groups.reduce((n, g) => n + g.hits.length, 0);
