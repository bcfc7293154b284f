/**
 * The reading variants, as data: one entry per variant (lib/site/variants.ts derives everything else from this
 * list; the UI labels are in lib/i18n/catalogue/). Kept apart so a test can add a variant to the registry
 * alone (tests/unit/throwaway-variant.test.ts).
 */
/** OpenCC locale codes used by opencc-js (`cn`, `tw`, `hk`, …). */
export type OpenccLocale = 'cn' | 'tw' | 'hk';

/** A registry entry: what lib/site/variants.ts derives a variant from. */
export interface VariantEntry {
  /** URL segment: `/zh-hans/…`. */
  readonly id: string;
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
   * variants' patterns are disjoint, so `/` can ask each in turn (lib/browser/choose-variant.ts).
   */
  readonly browserLanguages: string;
  /** Open Graph locale (`zh_TW`). */
  readonly ogLocale: string;
  /** ISO 15924 script of the variant's text: picks fonts where the build draws text (share images). */
  readonly script: 'Hans' | 'Hant' | 'Latn';
}

export const variantEntries = [
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
    label: '繁體中文（臺灣）',
    short: '繁',
    kind: 'script',
    // zh-TW, zh-Hant and zh-Hant-TW; Hong Kong and Macau tags go to zh-hk.
    browserLanguages: '^zh-(?:tw|hant(?!-(?:hk|mo)(?:-|$)))(?:-|$)',
    ogLocale: 'zh_TW',
    script: 'Hant',
  },
  {
    id: 'zh-hk',
    lang: 'zh-Hant-HK',
    opencc: 'hk',
    quotes: 'corner',
    label: '繁體中文（香港）',
    short: '港',
    kind: 'script',
    browserLanguages: '^zh-(?:hk|mo|hant-(?:hk|mo))(?:-|$)',
    ogLocale: 'zh_HK',
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
] as const satisfies readonly VariantEntry[];
