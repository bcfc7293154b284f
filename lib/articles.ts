import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { ContentError, formatMessages } from './content/errors';
import { loadArticleSources, type ArticleSource } from './content/load';
import type { EditorialChange } from './content/schema';
import type { CoverColor } from './covers/palettes';
import type { ThemeMention } from './markdown/rehype-theme-links';
import { toVariantTree } from './markdown/processor';
import { loadThemeRegistry, type ThemeRegistry } from './themes/registry';
import { themePath } from './site';
import { readingMinutes } from './reading-time';
import type { SourceScript } from './script/source-scripts';
import { fromCanonical, toCanonical } from './script/converters';
import { canonicalText, variantText } from './script/text';
import { englishBody } from './translation/render';
import { bodyBlocks } from './markdown/body-blocks';
import { loadTranslation, type AlignmentTarget, type Translation } from './translation/load';
import { getMessages } from './i18n/messages';
import { canonicalVariant, getVariant, type Variant, type VariantId } from './variants';

export interface Heading {
  readonly id: string;
  readonly depth: number;
  readonly text: string;
}

/** An article rendered in one variant: every string is in that variant's script. */
export interface Article {
  readonly slug: string;
  readonly variant: VariantId;
  readonly title: string;
  /** The essay's name in a word or two (`内卷`, `Strike`): the theme map's column header. */
  readonly short: string;
  readonly author: string;
  /** Where the text was published, when the source says so. */
  readonly outlet?: string;
  readonly date?: string;
  readonly sourceUrl?: string;
  readonly sourceScript: SourceScript;
  readonly summary: string;
  readonly sourceNote?: string;
  /** The colour of the essay's cover and share image. */
  readonly cover: CoverColor;
  /** One or two sentences for readers on what the editors did, in the page's language. */
  readonly editorSummary: string;
  /** Every editorial change; `note` is in the page's language, `from`/`to` quote the Chinese. */
  readonly editorialChanges: readonly ArticleChange[];
  readonly readingMinutes: number;
  readonly headings: readonly Heading[];
  readonly body: HastRoot;
  /** Every theme mention, in canonical text (same in every variant). */
  readonly mentions: readonly ThemeMention[];
  /** Themes the essay mentions, most mentioned first. */
  readonly themeCounts: readonly { readonly id: string; readonly count: number }[];
  /** This site's English title and summary (shown with `lang="en"` beside the Chinese). */
  readonly english: { readonly title: string; readonly summary: string };
  /** The English translation, for bilingual reading: its body has `en-`-prefixed ids. Chinese variants only. */
  readonly translation?: { readonly body: HastRoot };
}

/** An editorial change as a page shows it. */
export interface ArticleChange {
  readonly type: EditorialChange['type'];
  readonly note: string;
  readonly from?: string;
  readonly to?: string;
}

/** Count mentions per theme, most first (ties: registry order). */
function rankThemes(mentions: readonly ThemeMention[], registry: ThemeRegistry) {
  return registry.themes
    .map((theme) => ({ id: theme.id, count: mentions.filter((m) => m.themeId === theme.id).length }))
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Ids, levels and text of the h2/h3 headings of a rendered body, for the table of contents. */
function headingsOf(body: HastRoot): Heading[] {
  return body.children
    .filter((node): node is Element => node.type === 'element' && /^h[2-3]$/.test(node.tagName))
    .map((node) => ({ id: String(node.properties.id), depth: Number(node.tagName[1]), text: hastToString(node) }));
}

const bodies = new Map<string, { body: HastRoot; mentions: ThemeMention[] }>();
/** An essay's body in a Chinese script, with its theme mentions. Rendered once per essay and script. */
function chineseBody(source: ArticleSource, variant: Variant, registry: ThemeRegistry) {
  const key = `${variant.id}/${source.frontmatter.slug}`;
  let rendered = bodies.get(key);
  if (!rendered) {
    const file = new VFile({ path: source.path });
    const body = toVariantTree(source.tree, variant, file, {
      aliases: registry.aliases,
      href: (id) => themePath(variant.id, id),
    });
    if (file.messages.length > 0) throw new ContentError(formatMessages(file));
    rendered = { body, mentions: file.data.themeMentions ?? [] };
    bodies.set(key, rendered);
  }
  return rendered;
}

function renderArticle(source: ArticleSource, variant: Variant, registry: ThemeRegistry): Article {
  const fm = source.frontmatter;
  const text = (value: string) => variantText(canonicalText(value, fm.script), variant);
  const optional = (value: string | undefined) => (value === undefined ? undefined : text(value));
  // The original text of an editorial change is shown as it was: script converted, punctuation untouched.
  const original = (value: string | undefined) =>
    value === undefined ? undefined : fromCanonical(variant)(toCanonical(fm.script)(value));
  const { body, mentions } = chineseBody(source, variant, registry);
  const translation = translationOf(source, registry);
  return {
    slug: fm.slug,
    variant: variant.id,
    title: text(fm.title),
    short: text(fm.short),
    author: text(fm.author),
    outlet: optional(fm.outlet),
    date: fm.date,
    sourceUrl: fm.sourceUrl,
    sourceScript: fm.script,
    summary: text(fm.summary),
    sourceNote: optional(fm.sourceNote),
    cover: fm.cover,
    editorSummary: text(fm.editorSummary),
    editorialChanges: fm.editorialChanges.map((c) => ({
      type: c.type,
      note: text(c.note),
      from: original(c.from),
      to: optional(c.to),
    })),
    readingMinutes: readingMinutes(mdastToString(source.tree)),
    headings: headingsOf(body),
    body,
    mentions,
    themeCounts: rankThemes(mentions, registry),
    english: { title: translation.title, summary: translation.summary },
    translation: { body: englishBodyOf(source, registry, 'en-') },
  };
}

/** What a translation must match: the Chinese blocks, footnotes and footnote references. */
function alignmentTarget(body: HastRoot, fm: ArticleSource['frontmatter']): AlignmentTarget {
  const blocks = bodyBlocks(body);
  const refs = new Map<string, string[]>();
  for (const block of blocks) {
    const found: string[] = [];
    visit(block, 'element', (node: Element) => {
      if (node.properties.dataFootnoteRef !== undefined) found.push(String(node.properties.href).replace(/^#fn-/, ''));
    });
    refs.set(String(block.properties.id), found);
  }
  const footnoteIds: string[] = [];
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'li' && typeof node.properties.id === 'string' && node.properties.id.startsWith('fn-')) {
      footnoteIds.push(node.properties.id.slice(3));
    }
  });
  return {
    blockIds: blocks.map((b) => String(b.properties.id)),
    footnoteIds,
    footnoteRefs: refs,
    headingIds: blocks.filter((b) => /^h[1-6]$/.test(b.tagName)).map((b) => String(b.properties.id)),
    fields: { outlet: fm.outlet !== undefined, sourceNote: fm.sourceNote !== undefined },
  };
}

const translations = new Map<string, Translation>();
/** The essay's English translation, loaded and checked against the Chinese once. */
function translationOf(source: ArticleSource, registry: ThemeRegistry): Translation {
  let translation = translations.get(source.frontmatter.slug);
  if (!translation) {
    const chinese = chineseBody(source, canonicalVariant, registry).body;
    translation = loadTranslation(source.frontmatter.slug, alignmentTarget(chinese, source.frontmatter));
    translations.set(source.frontmatter.slug, translation);
  }
  return translation;
}

const englishBodies = new Map<string, HastRoot>();
/**
 * The English body on the canonical Chinese structure, once per essay and id prefix: `''` for English
 * pages, `'en-'` for 中英对照 (shared by both scripts).
 */
function englishBodyOf(source: ArticleSource, registry: ThemeRegistry, idPrefix: '' | 'en-'): HastRoot {
  const key = `${idPrefix}${source.frontmatter.slug}`;
  let body = englishBodies.get(key);
  if (!body) {
    const en = getVariant('en');
    body = englishBody(chineseBody(source, canonicalVariant, registry).body, translationOf(source, registry), {
      messages: getMessages(en.id),
      themes: { aliases: registry.aliasesEn, href: (id: string) => themePath(en.id, id) },
      idPrefix,
    });
    englishBodies.set(key, body);
  }
  return body;
}

/** An article in English: this site's translation on the Chinese essay's structure and ids. */
function renderEnglish(source: ArticleSource, registry: ThemeRegistry): Article {
  const chinese = getArticle(source.frontmatter.slug, canonicalVariant.id)!;
  const translation = translationOf(source, registry);
  const body = englishBodyOf(source, registry, '');
  const words = Object.values(translation.blocks).join(' ').split(/\s+/).filter(Boolean).length;
  return {
    ...chinese,
    variant: 'en',
    title: translation.title,
    short: translation.short,
    author: translation.author,
    outlet: translation.outlet,
    summary: translation.summary,
    sourceNote: translation.sourceNote,
    editorSummary: source.frontmatter.editorSummaryEn,
    editorialChanges: chinese.editorialChanges.map((c, i) => ({
      ...c,
      note: source.frontmatter.editorialChanges[i]!.en,
    })),
    // Reading speed for English: about 230 words a minute.
    readingMinutes: Math.max(1, Math.round(words / 230)),
    headings: headingsOf(body),
    body,
    translation: undefined,
  };
}

let sources: ArticleSource[] | undefined;
let registry: ThemeRegistry | undefined;
const rendered = new Map<VariantId, Article[]>();

/** Every article in a variant, newest first (undated last). Computed once per build and cached. */
export function getArticles(variantId: VariantId): Article[] {
  let articles = rendered.get(variantId);
  if (!articles) {
    sources ??= loadArticleSources();
    registry ??= loadThemeRegistry();
    const variant = getVariant(variantId);
    const themes = registry;
    articles = sources
      .map((source) =>
        variant.kind === 'translation' ? renderEnglish(source, themes) : renderArticle(source, variant, themes),
      )
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug));
    rendered.set(variantId, articles);
  }
  return articles;
}

/** The theme registry the articles were linked with. */
export function getThemeRegistry(): ThemeRegistry {
  registry ??= loadThemeRegistry();
  return registry;
}

/** One article in a variant, or `undefined` for an unknown slug. */
export function getArticle(slug: string, variantId: VariantId): Article | undefined {
  return getArticles(variantId).find((a) => a.slug === slug);
}
