/**
 * Reading variants: the one registry. Two Chinese scripts rendered from one canonical text, and English
 * (this site's translation, aligned paragraph by paragraph). Adding a script variant (say zh-Hant-HK) is
 * one entry here plus its labels.
 */

/** OpenCC locale codes used by opencc-js (`cn`, `tw`, `hk`, …). */
export type OpenccLocale = 'cn' | 'tw' | 'hk';

export interface Variant {
  /** URL segment: `/zh-hans/…`. */
  readonly id: VariantId;
  /** BCP 47 tag for `<html lang>`. */
  readonly lang: string;
  /** OpenCC target locale the canonical (Simplified) text is converted to; `null` = canonical itself. */
  readonly opencc: OpenccLocale | null;
  /** Quotation marks: `curly` “‘ (mainland) or `corner` 「『 (Taiwan). */
  readonly quotes: 'curly' | 'corner';
  /** Name of the script in its own script, for the switch and `/`. */
  readonly label: string;
  /** One-character switch label. */
  readonly short: string;
  /** `script`: the Chinese text in a script; `translation`: this site's English translation. */
  readonly kind: 'script' | 'translation';
  /**
   * The browser languages this variant serves, as a case-insensitive RegExp source over BCP 47 tags; the
   * variants' patterns are disjoint, so `/` can ask each in turn (lib/choose-variant.ts).
   */
  readonly browserLanguages: string;
  /** Open Graph locale (`zh_TW`). */
  readonly ogLocale: string;
  /** ISO 15924 script of the variant's text: picks fonts where the build draws text (share images). */
  readonly script: 'Hans' | 'Hant' | 'Latn';
}

export const variantIds = ['zh-hans', 'zh-hant', 'en'] as const;
export type VariantId = (typeof variantIds)[number];

export const variants: readonly Variant[] = [
  {
    id: 'zh-hans',
    lang: 'zh-Hans',
    opencc: null,
    quotes: 'curly',
    label: '简体中文',
    short: '简',
    kind: 'script',
    browserLanguages: '^zh(?!-(?:hant|tw|hk|mo)(?:-|$))(?:-|$)',
    ogLocale: 'zh_CN',
    script: 'Hans',
  },
  {
    id: 'zh-hant',
    lang: 'zh-Hant',
    opencc: 'tw',
    quotes: 'corner',
    label: '繁體中文',
    short: '繁',
    kind: 'script',
    browserLanguages: '^zh-(?:hant|tw|hk|mo)(?:-|$)',
    ogLocale: 'zh_TW',
    script: 'Hant',
  },
  {
    id: 'en',
    lang: 'en',
    opencc: null,
    quotes: 'curly',
    label: 'English',
    short: 'EN',
    kind: 'translation',
    browserLanguages: '^en(?:-|$)',
    ogLocale: 'en_US',
    script: 'Latn',
  },
];

/** The Chinese script variants (what OpenCC renders, what search indexes). */
export const scriptVariants: readonly Variant[] = variants.filter((v) => v.kind === 'script');
export type ScriptVariantId = 'zh-hans' | 'zh-hant';

/** Whether a variant is this site's translation (English), not the Chinese text. */
export function isTranslationVariant(id: VariantId): boolean {
  return getVariant(id).kind === 'translation';
}

/** Whether a variant shows the Chinese text (as opposed to the English translation). */
export function isScriptVariant(id: VariantId): id is ScriptVariantId {
  return getVariant(id).kind === 'script';
}

/** The ids of the Chinese script variants. */
export const scriptVariantIds: readonly ScriptVariantId[] = variants.map((v) => v.id).filter(isScriptVariant);

/** The variant whose text is the canonical form (Simplified). */
export const canonicalVariant: Variant = variants[0]!;

/** Type guard for URL segments. */
export function isVariantId(value: string): value is VariantId {
  return (variantIds as readonly string[]).includes(value);
}

/** Look up a variant; throws on an unknown id (callers validate URL input with `isVariantId`). */
export function getVariant(id: VariantId): Variant {
  const variant = variants.find((v) => v.id === id);
  if (!variant) throw new Error(`Unknown variant: ${id}`);
  return variant;
}

/** The other variant, for the 简 / 繁 switch (two variants today). */
export function otherVariants(id: VariantId): Variant[] {
  return variants.filter((v) => v.id !== id);
}

/** What `/` and the 404 page choose among (lib/choose-variant.ts), from the registry. */
export function variantChoices() {
  return {
    ids: variants.map((v) => v.id),
    matchers: variants.map((v) => [v.browserLanguages, v.id] as const),
    fallback: canonicalVariant.id,
  };
}
