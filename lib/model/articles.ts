import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { toString as mdastToString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import type { CorpusArticle } from '../corpus';
import type { EditorialChange } from '../content/schema';
import type { CoverColor } from '../covers/palettes';
import type { ThemeMention } from '../markdown/rehype-theme-links';
import { themeLinkOptions } from '../themes/link-options';
import { toVariantTree } from '../markdown/processor';
import { hasClass } from '../markdown/body-blocks';
import type { ThemeRegistry } from '../themes/registry';
import { themePath } from '../site';
import { siteText } from '../regional/site-voice';
import { regionalSwaps } from '../regional/swaps';
import type { Swap } from '../regional/wrap';
import { readingMinutes } from '../views/reading-time';
import type { SourceScript } from '../script/source-scripts';
import { fromCanonical, toCanonical } from '../script/converters';
import { canonicalText, variantText } from '../script/text';
import { englishBody, pendingClass } from '../translation/render';
import { getMessages } from '../i18n/messages';
import { canonicalVariant, type Variant, type VariantId } from '../site/variants';
import type { bilingualEnglishPrefix } from '../ids/block-id';

export interface Heading {
  readonly id: string;
  readonly depth: number;
  readonly text: string;
  /** The regional-wording layer's words in `text` (offsets into it), on Taiwan and Hong Kong pages. */
  readonly swaps?: readonly Swap[];
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
  /**
   * The regional-wording layer (Taiwan and Hong Kong pages): the reviewed words the reader may see in the
   * edition's own wording, by block id (lib/regional/wrap.ts marks them when the page is rendered).
   */
  readonly wording: Readonly<Record<string, readonly Swap[]>>;
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
    .map((node) => ({
      id: String(node.properties.id),
      depth: Number(node.tagName[1]),
      // Without the mark of a pending translation (an English heading shown in Chinese for now).
      text: hastToString({ ...node, children: node.children.filter((c) => !hasClass(c, pendingClass)) }).trim(),
    }));
}

/** An essay's body in a Chinese script, with its theme mentions (the canonical one was rendered by the corpus). */
function chineseBody(essay: CorpusArticle, variant: Variant, registry: ThemeRegistry) {
  if (variant.id === canonicalVariant.id) return essay.canonical;
  const body = toVariantTree(essay.source.tree, variant, new VFile({ path: essay.source.path }), {
    themes: themeLinkOptions(registry, essay.source.frontmatter.slug, (id) => themePath(variant.id, id)),
    blockIds: () => essay.ids,
  });
  return { body, mentions: essay.canonical.mentions };
}

/**
 * The English body on the canonical Chinese structure, for the translation variant `en`: `''` ids for its
 * own pages, `'en-'` for 中英对照 (shared by every script).
 */
export function englishBodyOf(
  essay: CorpusArticle,
  registry: ThemeRegistry,
  en: Variant,
  idPrefix: '' | typeof bilingualEnglishPrefix,
): HastRoot {
  return englishBody(essay.canonical.body, essay.translation, {
    messages: getMessages(en.id),
    themes: themeLinkOptions(
      registry,
      essay.source.frontmatter.slug,
      (id) => themePath(en.id, id),
      essay.canonical.mentions,
    ),
    idPrefix,
  });
}

/** An essay in a Chinese script variant; `bilingual` is its English body for 中英对照 (`en-` ids). */
export function renderArticle(
  essay: CorpusArticle,
  variant: Variant,
  registry: ThemeRegistry,
  bilingual: HastRoot,
): Article {
  const { source, translation } = essay;
  const fm = source.frontmatter;
  const text = (value: string) => variantText(canonicalText(value, fm.script), variant);
  // The editors' own words, in each edition's voice (lib/regional/site-voice.ts).
  const voice = (value: string) => siteText(value, fm.script, variant);
  const optional = (value: string | undefined) => (value === undefined ? undefined : text(value));
  // The original text of an editorial change is shown as it was: script converted, punctuation untouched.
  const original = (value: string | undefined) =>
    value === undefined ? undefined : fromCanonical(variant)(toCanonical(fm.script)(value));
  const { body, mentions } = chineseBody(essay, variant, registry);
  const wording = regionalSwaps(essay.regional, variant, body);
  return {
    slug: fm.slug,
    variant: variant.id,
    title: text(fm.title),
    short: voice(fm.short),
    author: text(fm.author),
    outlet: optional(fm.outlet),
    date: fm.date,
    sourceUrl: fm.sourceUrl,
    sourceScript: fm.script,
    summary: voice(fm.summary),
    sourceNote: optional(fm.sourceNote),
    cover: fm.cover,
    editorSummary: voice(fm.editorSummary),
    editorialChanges: fm.editorialChanges.map((c) => ({
      type: c.type,
      note: voice(c.note),
      from: original(c.from),
      to: optional(c.to),
    })),
    readingMinutes: readingMinutes(mdastToString(source.tree)),
    headings: headingsOf(body).map((h) => (wording[h.id] ? { ...h, swaps: wording[h.id] } : h)),
    body,
    mentions,
    themeCounts: rankThemes(mentions, registry),
    english: { title: translation.title, summary: translation.summary },
    translation: { body: bilingual },
    wording,
  };
}

/** An essay in English (`chinese`: the same essay in the canonical script): the translation on its structure. */
export function renderEnglish(essay: CorpusArticle, variant: Variant, chinese: Article, body: HastRoot): Article {
  const { source, translation } = essay;
  const words = Object.values(translation.blocks)
    .map((b) => b.en)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return {
    ...chinese,
    variant: variant.id,
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
    wording: {},
  };
}

/** Newest first, undated last, then by slug. */
export function byDate(a: Article, b: Article): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.slug.localeCompare(b.slug);
}
