/**
 * The site model: everything routes and components show, built from a checked corpus (lib/corpus) and
 * read-only from then on. Nothing here checks content — `loadCorpus` did, in one pass — so a page can
 * never be the first to find a problem. Articles are rendered for every variant when the model is built;
 * the views derived from them (themes, related reading, search records, the site's own pages) are
 * computed on first read and kept.
 */
import { loadCorpus, type Corpus } from '../corpus';
import type { About, Guide } from '../pages';
import { renderSitePage } from '../pages/load';
import { englishSearchRecords, searchRecords, type SearchRecord } from '../search/records';
import {
  canonicalVariant,
  scriptVariantIds,
  translationVariant,
  variants,
  type Variant,
  type VariantId,
} from '../site/variants';
import { byDate, englishBodyOf, renderArticle, renderEnglish, type Article } from './articles';
import { relatedEssays, type RelatedEssay } from './related';
import { buildThemeViews, type ThemeView } from './themes';
import { devSite } from './dev-reload';
import { bilingualEnglishPrefix } from '../ids/block-id';

export type { Article, ArticleChange, Heading } from './articles';
export type { RelatedEssay } from './related';
export type { ThemeEssay, ThemePassage, ThemeView } from './themes';

/** One variant of the site. */
export interface VariantSite {
  readonly variant: Variant;
  /** Newest first (undated last). */
  readonly articles: readonly Article[];
  readonly themes: readonly ThemeView[];
  /** Related reading per essay slug. */
  readonly related: ReadonlyMap<string, readonly RelatedEssay[]>;
  readonly guide: Guide;
  readonly about: About;
}

export interface Site {
  readonly variants: ReadonlyMap<VariantId, VariantSite>;
  /**
   * One record per essay paragraph, with every script's text, for the Chinese index; one per translated
   * paragraph for the English index (lib/search/records.ts).
   */
  readonly search: {
    readonly records: readonly SearchRecord[];
    readonly misaligned: readonly string[];
    readonly english: readonly SearchRecord[];
  };
}

/** A value computed on first read and kept. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/** Build the site model of `corpus` in every variant of the registry. */
export function buildSite(corpus: Corpus): Site {
  const { registry: themes } = corpus;
  // The English bodies, once per essay: for English pages (plain ids) and 中英对照 (`en-` ids).
  const english = corpus.articles.map((essay) => ({
    page: once(() => englishBodyOf(essay, themes, translationVariant, '')),
    bilingual: englishBodyOf(essay, themes, translationVariant, bilingualEnglishPrefix),
  }));
  const chinese = new Map<VariantId, Article[]>();
  const chineseOf = (variant: Variant) => {
    let articles = chinese.get(variant.id);
    if (!articles) {
      articles = corpus.articles.map((essay, i) => renderArticle(essay, variant, themes, english[i]!.bilingual));
      chinese.set(variant.id, articles);
    }
    return articles;
  };
  const built = new Map<VariantId, VariantSite>();
  for (const variant of variants) {
    const articles = (
      variant.kind === 'translation'
        ? chineseOf(canonicalVariant).map((zh, i) =>
            renderEnglish(corpus.articles[i]!, variant, zh, english[i]!.page()),
          )
        : chineseOf(variant)
    ).toSorted(byDate);
    const themeViews = once(() => buildThemeViews(themes, articles, variant));
    const related = once(() => new Map(articles.map((a) => [a.slug, relatedEssays(a, articles)])));
    const guide = once(() => renderSitePage(corpus.guide, variant));
    const about = once(() => renderSitePage(corpus.about, variant));
    built.set(variant.id, {
      variant,
      articles,
      get themes() {
        return themeViews();
      },
      get related() {
        return related();
      },
      get guide() {
        return guide();
      },
      get about() {
        return about();
      },
    });
  }
  const search = once(() => {
    const chinese = searchRecords(new Map(scriptVariantIds.map((id) => [id, built.get(id)!.articles])));
    return { ...chinese, english: englishSearchRecords(built.get(translationVariant.id)!.articles) };
  });
  return {
    variants: built,
    get search() {
      return search();
    },
  };
}

let site: Site | undefined;

/**
 * The site of `content/` (or `CONTENT_DIR`): the corpus loaded and checked once, the model built once.
 * Under `npm run dev` it is rebuilt when a content file changes (lib/model/dev-reload.ts), so an edit
 * shows on reload and a content problem shows in the browser's error overlay with its file and line.
 */
export function getSite(): Site {
  if (process.env.NODE_ENV === 'development')
    return devSite(() => {
      const corpus = loadCorpus();
      for (const line of [...corpus.outdated, ...corpus.notices]) console.warn(line);
      return buildSite(corpus);
    });
  site ??= buildSite(loadCorpus());
  return site;
}

function variantSite(id: VariantId): VariantSite {
  const found = getSite().variants.get(id);
  if (!found) throw new Error(`Unknown variant: ${id}`);
  return found;
}

/** Every article in a variant, newest first (undated last). */
export function getArticles(id: VariantId): readonly Article[] {
  return variantSite(id).articles;
}

/** One article in a variant, or `undefined` for an unknown slug. */
export function getArticle(slug: string, id: VariantId): Article | undefined {
  return getArticles(id).find((a) => a.slug === slug);
}

/** Every theme in a variant, in registry order. */
export function getThemes(id: VariantId): readonly ThemeView[] {
  return variantSite(id).themes;
}

/** One theme in a variant, or `undefined`. */
export function getTheme(themeId: string, id: VariantId): ThemeView | undefined {
  return getThemes(id).find((t) => t.id === themeId);
}

/** Other essays by shared themes, strongest first. */
export function getRelated(slug: string, id: VariantId): readonly RelatedEssay[] {
  return variantSite(id).related.get(slug) ?? [];
}

/**
 * The essays in the 导读's reading order: the order the front page, About and the theme map's columns follow
 * (`getArticles` is newest first, and four of the five essays are undated).
 */
export function getArticlesInReadingOrder(id: VariantId): readonly Article[] {
  const bySlug = new Map(variantSite(id).articles.map((a) => [a.slug, a]));
  return variantSite(id).guide.data.readingOrder.map((slug) => bySlug.get(slug)!);
}

/** The home page's 导读 in a variant. */
export function getGuide(id: VariantId): Guide {
  return variantSite(id).guide;
}

/** The About page's prose in a variant. */
export function getAbout(id: VariantId): About {
  return variantSite(id).about;
}
