import type { ReadingMode } from '../browser/reading-mode';
import { articlePath, bilingualPath } from '../site';
import { canonicalVariant, scriptVariants, translationVariant, type VariantId } from '../site/variants';

/** One way to read an essay, as offered by the reading-mode switch. */
export interface ModeChoice {
  /** What the island remembers when the reader picks it (English is chosen with the 简 / 繁 / EN switch). */
  readonly mode: ReadingMode | 'en';
  readonly href: string;
  readonly label: string;
  /** Language of the label, when it differs from the page's. */
  readonly lang?: string;
  /** A second part of the label in its own language (the Chinese script on English pages: "简体中文"). */
  readonly detail?: { readonly text: string; readonly lang: string };
  readonly current: boolean;
}

/**
 * The reading modes of one essay page: on a Chinese page 中文 and 中英对照 in its script; on an English page
 * English and 中英对照 in each Chinese script (English pages have no bilingual page of their own).
 */
export function modeChoices(
  page: { readonly variant: VariantId; readonly mode: ReadingMode | 'en'; readonly slug: string },
  labels: { readonly zh: string; readonly bilingual: string; readonly en: string; readonly alongside: string },
): ModeChoice[] {
  if (page.mode === 'en') {
    return [
      { mode: 'en', href: articlePath(page.variant, page.slug), label: labels.en, current: true },
      ...scriptVariants.map((v) => ({
        mode: 'bilingual' as const,
        href: bilingualPath(v.id, page.slug),
        label: labels.alongside,
        detail: { text: v.label, lang: v.lang },
        current: false,
      })),
    ];
  }
  return [
    { mode: 'zh', href: articlePath(page.variant, page.slug), label: labels.zh, current: page.mode === 'zh' },
    {
      mode: 'bilingual',
      href: bilingualPath(page.variant, page.slug),
      label: labels.bilingual,
      current: page.mode === 'bilingual',
    },
  ];
}

/**
 * The three-way 中文 | 对照 | EN choice shown by the byline of every essay page (issue 28): the same links as
 * {@link modeChoices}, plus English, with short labels that fit one row on a 320 px phone. An English page
 * has no script of its own, so its 中文 and 对照 lead to the canonical script (简 / 繁 are one tap away in
 * the header).
 */
export function modeSegments(
  page: { readonly variant: VariantId; readonly mode: ReadingMode | 'en'; readonly slug: string },
  labels: { readonly zh: string; readonly bilingual: string; readonly en: string },
): ModeChoice[] {
  const script = page.mode === 'en' ? canonicalVariant.id : page.variant;
  const chinese = page.mode === 'en' ? { lang: canonicalVariant.lang } : {};
  return [
    {
      mode: 'zh',
      href: articlePath(script, page.slug),
      label: labels.zh,
      ...chinese,
      current: page.mode === 'zh',
    },
    {
      mode: 'bilingual',
      href: bilingualPath(script, page.slug),
      label: labels.bilingual,
      current: page.mode === 'bilingual',
    },
    {
      mode: 'en',
      href: articlePath(translationVariant.id, page.slug),
      label: labels.en,
      ...(page.mode === 'en' ? {} : { lang: 'en' }),
      current: page.mode === 'en',
    },
  ];
}
