import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { bodyBlocks } from '../markdown/body-blocks';
import { siteText } from '../regional/site-voice';
import { excerpt, type ExcerptPiece } from '../themes/excerpt';
import { findAliases, withoutExcluded } from '../themes/match';
import type { ThemeRegistry } from '../themes/registry';
import type { Variant } from '../site/variants';
import type { Article } from './articles';
import { pageTexts, passageFragment, type PageTexts } from './passage-link';

export interface ThemePassage {
  readonly paragraphId: string;
  /** Fragment of the link to the passage: `p-12`, with a text directive marking the theme's term where one
   *  can single it out on the page (`p-12:~:text=…`). */
  readonly fragment: string;
  readonly excerpt: readonly ExcerptPiece[];
  readonly mentions: number;
  /**
   * English pages: the Chinese words the passage was matched on (canonical script), shown marked beside the
   * excerpt when the translation has none of the theme's English words to mark.
   */
  readonly originalTerms?: readonly string[];
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
  variant: Variant,
  registry: ThemeRegistry,
  siteTexts: readonly string[],
): ThemeEssay | undefined {
  const mentions = article.mentions.filter((m) => m.themeId === themeId);
  if (mentions.length === 0) return undefined;
  const byParagraph = new Map<string, typeof mentions>();
  for (const m of mentions) byParagraph.set(m.paragraphId, [...(byParagraph.get(m.paragraphId) ?? []), m]);
  // English pages show the translated paragraph, with the theme's English words marked where it has them.
  const english = variant.kind === 'translation' ? textsOf(article.body) : undefined;
  const englishAliases = registry.aliasesEn.filter((a) => a.themeId === themeId);
  const page = pageTexts(article, siteTexts);
  return {
    slug: article.slug,
    title: article.title,
    mentions: mentions.length,
    passages: [...byParagraph].map(([paragraphId, ms]) => {
      const text = english?.get(paragraphId);
      const marks =
        text === undefined ? ms : withoutExcluded(text, findAliases(text, englishAliases), registry.exclude);
      const originalTerms =
        text !== undefined && marks.length === 0
          ? [...new Set(ms.map((m) => m.text.slice(m.start, m.end)))]
          : undefined;
      return {
        ...(originalTerms ? { originalTerms } : {}),
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

/** Every theme as a variant's pages show it, in registry order. */
export function buildThemeViews(registry: ThemeRegistry, articles: readonly Article[], variant: Variant): ThemeView[] {
  // Theme names and descriptions are the editors' words: each edition's voice (lib/regional/site-voice.ts).
  const text = (value: string) => siteText(value, 'zh-Hans', variant);
  const english = variant.kind === 'translation';
  // What any essay page may show besides its own text: theme chips, related reading.
  const siteTexts = [
    ...registry.themes.flatMap((theme) => [english ? theme.name.en : text(theme.name.zh), theme.name.en]),
    ...articles.flatMap((a) => [a.title, a.english.title, a.short]),
  ];
  return registry.themes.map((theme) => {
    const essays = articles
      .map((a) => essayOf(a, theme.id, variant, registry, siteTexts))
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
}
