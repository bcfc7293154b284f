import { getArticles, getThemeRegistry, type Article } from '../articles';
import { ContentError, formatMessages } from '../content/errors';
import { canonicalText, variantText } from '../script/text';
import { getVariant, type VariantId } from '../variants';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { excerpt, type ExcerptPiece } from './excerpt';
import { findAliases } from './match';
import { bodyBlocks } from '../markdown/body-blocks';
import { pageTexts, passageFragment, type PageTexts } from './passage-link';
import type { ThemeRegistry } from './registry';

export interface ThemePassage {
  readonly paragraphId: string;
  /** Fragment of the link to the passage: `p-12`, with a text directive marking the theme's term where one
   *  can single it out on the page (`p-12:~:text=…`). */
  readonly fragment: string;
  readonly excerpt: readonly ExcerptPiece[];
  readonly mentions: number;
}

export interface ThemeEssay {
  readonly slug: string;
  readonly title: string;
  readonly mentions: number;
  readonly passages: readonly ThemePassage[];
}

/** A theme as its pages show it, in one variant. */
export interface ThemeView {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly description: string;
  readonly descriptionEn: string;
  /** Essays that mention the theme, most mentions first. */
  readonly essays: readonly ThemeEssay[];
  readonly passageCount: number;
  readonly mentionCount: number;
}

/**
 * Build-time check of the registry against the essays: every alias must occur somewhere and every
 * theme in at least two essays (that is what a cross-link is for). Throws naming themes.yaml lines.
 */
export function checkThemes(
  registry: ThemeRegistry = getThemeRegistry(),
  articles: readonly Pick<Article, 'slug' | 'mentions'>[] = getArticles('zh-hans'),
): void {
  const { file } = registry;
  for (const theme of registry.themes) {
    const essays = articles.filter((a) => a.mentions.some((m) => m.themeId === theme.id));
    if (essays.length < 2) {
      file.message(
        `theme "${theme.id}" occurs in ${essays.length} essay${essays.length === 1 ? '' : 's'} (${essays.map((e) => e.slug).join(', ') || 'none'}); a theme needs at least two`,
        { place: theme.place, ruleId: 'themes' },
      );
    }
    theme.canonicalAliases.forEach((alias, k) => {
      const used = articles.some((a) =>
        a.mentions.some((m) => m.text.slice(m.start, m.end).toLowerCase() === alias.toLowerCase()),
      );
      if (!used) {
        file.message(`alias "${theme.aliases[k]}" of theme "${theme.id}" matches nothing in the essays`, {
          place: theme.aliasPlaces[k],
          ruleId: 'themes',
        });
      }
    });
  }
  if (file.messages.length > 0) throw new ContentError(formatMessages(file));
}

const paragraphTexts = new WeakMap<Root, Map<string, string>>();
/** Plain text of every block of a rendered body, by id (computed once per body). */
function textsOf(body: Root): Map<string, string> {
  let texts = paragraphTexts.get(body);
  if (!texts) {
    texts = new Map(bodyBlocks(body).map((node) => [String(node.properties.id), toString(node)]));
    paragraphTexts.set(body, texts);
  }
  return texts;
}

/**
 * Ranges of a passage's text that are at the same offsets in the block the page renders: the Chinese
 * scripts are converted character for character, so canonical offsets hold; if a block ever was not,
 * its link goes to the paragraph without marking a term.
 */
function inPageText(page: PageTexts, id: string, text: string, ranges: readonly { start: number; end: number }[]) {
  const rendered = page.blockTexts.get(id)?.[1];
  return rendered !== undefined && rendered.length === text.length ? ranges : [];
}

function essayOf(
  article: Article,
  themeId: string,
  variantId: VariantId,
  siteTexts: readonly string[],
): ThemeEssay | undefined {
  const mentions = article.mentions.filter((m) => m.themeId === themeId);
  if (mentions.length === 0) return undefined;
  const byParagraph = new Map<string, typeof mentions>();
  for (const m of mentions) byParagraph.set(m.paragraphId, [...(byParagraph.get(m.paragraphId) ?? []), m]);
  const variant = getVariant(variantId);
  // English pages show the translated paragraph, with the theme's English words marked where it has them.
  const english = variant.kind === 'translation' ? textsOf(article.body) : undefined;
  const englishAliases = getThemeRegistry().aliasesEn.filter((a) => a.themeId === themeId);
  const page = pageTexts(article, siteTexts);
  return {
    slug: article.slug,
    title: article.title,
    mentions: mentions.length,
    passages: [...byParagraph].map(([paragraphId, ms]) => {
      const text = english?.get(paragraphId);
      const marks = text === undefined ? ms : findAliases(text, englishAliases);
      return {
        paragraphId,
        fragment: passageFragment(
          page,
          paragraphId,
          inPageText(page, paragraphId, text ?? ms[0]!.text, marks),
          variant.lang,
        ),
        mentions: ms.length,
        excerpt: text === undefined ? excerpt(ms[0]!.text, ms, variant) : excerpt(text, marks, variant, 90),
      };
    }),
  };
}

const views = new Map<VariantId, ThemeView[]>();

/** Every theme in a variant, in registry order. Computed once per build; checks the registry first. */
export function getThemes(variantId: VariantId): ThemeView[] {
  let result = views.get(variantId);
  if (!result) {
    checkThemes();
    const variant = getVariant(variantId);
    const articles = getArticles(variantId);
    const text = (value: string) => variantText(canonicalText(value, 'zh-Hans'), variant);
    const english = variant.kind === 'translation';
    const registry = getThemeRegistry();
    // What any essay page may show besides its own text: theme chips, related reading.
    const siteTexts = [
      ...registry.themes.flatMap((theme) => [english ? theme.name.en : text(theme.name.zh), theme.name.en]),
      ...articles.flatMap((a) => [a.title, a.english.title, a.short]),
    ];
    result = registry.themes.map((theme) => {
      const essays = articles
        .map((a) => essayOf(a, theme.id, variantId, siteTexts))
        .filter((e): e is ThemeEssay => e !== undefined)
        .sort((a, b) => b.mentions - a.mentions);
      return {
        id: theme.id,
        name: english ? theme.name.en : text(theme.name.zh),
        nameEn: theme.name.en,
        description: english ? theme.description.en : text(theme.description.zh),
        descriptionEn: theme.description.en,
        essays,
        passageCount: essays.reduce((n, e) => n + e.passages.length, 0),
        mentionCount: essays.reduce((n, e) => n + e.mentions, 0),
      };
    });
    views.set(variantId, result);
  }
  return result;
}

/** One theme in a variant, or `undefined`. */
export function getTheme(id: string, variantId: VariantId): ThemeView | undefined {
  return getThemes(variantId).find((t) => t.id === id);
}

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
export function relatedEssays(slug: string, variantId: VariantId): RelatedEssay[] {
  const articles = getArticles(variantId);
  const self = articles.find((a) => a.slug === slug);
  if (!self) return [];
  const counts = new Map(self.themeCounts.map((t) => [t.id, t.count]));
  return articles
    .filter((a) => a.slug !== slug)
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
