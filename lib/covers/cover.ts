import type { Article } from '../model';
import { getMessages } from '../i18n/messages';
import type { ThemeView } from '../model';
import { getVariant, type Variant, type VariantId } from '../site/variants';
import { coverPalettes, siteCoverPalette, type CoverColor } from './palettes';

/**
 * An essay's typographic cover: what the home page shows beside it and what its share image draws. One
 * description, two renderings (components/covers/cover-art.tsx in HTML, lib/covers/share-image.tsx as PNG).
 */
export interface Cover {
  readonly variant: VariantId;
  /** BCP 47 language of every string below. */
  readonly lang: string;
  /** Its script (from the variant registry): picks the share image's font. */
  readonly script: Variant['script'];
  /** The palette's name (`data-cover` in HTML; `site` for the front page's) and its colours. */
  readonly color: CoverColor | 'site';
  readonly palette: { readonly ground: string; readonly ink: string; readonly accent: string };
  /** The essay in a word or two (`内卷`, `Strike`), set large. */
  readonly label: string;
  readonly title: string;
  /** Names of the themes the essay leads with (at most three), in the variant. */
  readonly themes: readonly string[];
  /** The publication's name, set small. */
  readonly masthead: string;
}

/** How many leading themes a cover names. */
export const coverThemeCount = 3;

/** The cover of an essay in its variant; `themes` are that variant's theme views. */
export function essayCover(article: Article, themes: readonly ThemeView[]): Cover {
  const t = getMessages(article.variant);
  const names = new Map(themes.map((theme) => [theme.id, theme.name]));
  return {
    variant: article.variant,
    lang: getVariant(article.variant).lang,
    script: getVariant(article.variant).script,
    color: article.cover,
    palette: coverPalettes[article.cover],
    label: article.short,
    title: article.title,
    themes: article.themeCounts.slice(0, coverThemeCount).map((c) => names.get(c.id) ?? c.id),
    masthead: `${t.siteName} · ${t.siteSubtitle}`,
  };
}

/** The front page's cover: the site's name, its tagline, the themes the five essays share most. */
export function siteCover(variant: VariantId, themes: readonly ThemeView[], essays: number): Cover {
  const t = getMessages(variant);
  const leading = [...themes].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, coverThemeCount);
  return {
    variant,
    lang: getVariant(variant).lang,
    script: getVariant(variant).script,
    color: 'site',
    palette: siteCoverPalette,
    label: t.siteName,
    title: t.siteTagline(essays),
    themes: leading.map((theme) => theme.name),
    masthead: t.siteSubtitle,
  };
}
