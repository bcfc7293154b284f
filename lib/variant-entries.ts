/**
 * The reading variants, as data: one entry per variant (lib/variants.ts derives everything else from this
 * list; the UI labels are in lib/i18n/messages.ts). Kept apart so a test can add a variant to the registry
 * alone (tests/unit/throwaway-variant.test.ts).
 */
import type { VariantEntry } from './variants';

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
