/**
 * The two search indexes: the Chinese text (one index for every script, in canonical Simplified) and the
 * English translation. Each is its own Pagefind bundle, so each keeps its language's analysis (Chinese
 * segmentation, English stemming) and a page loads only the index it searches. See docs/decisions.md,
 * "Search".
 */
export const searchIndexes = {
  /** Pagefind's word segmentation for Chinese. */
  zh: { language: 'zh', base: '/pagefind/' },
  /** Pagefind's English stemming. */
  en: { language: 'en', base: '/pagefind-en/' },
} as const;

export type SearchLanguage = keyof typeof searchIndexes;
export const searchLanguages = Object.keys(searchIndexes) as SearchLanguage[];

/** The index a variant's own text is in: the translation's, or the Chinese one for every script. */
export const searchLanguageOf = (variant: { kind: 'script' | 'translation' }): SearchLanguage =>
  variant.kind === 'translation' ? 'en' : 'zh';

/** What a search record carries per variant, to show a result in the reader's script. */
export type SearchMetaField = 'title' | 'section' | 'text';

/**
 * The record metadata key of a field in a variant (`title_zh_hant`). Every variant of the index's language
 * has a title and section; `text` is left out for the canonical script (it is the record's content).
 */
export function searchMetaKey(field: SearchMetaField, variant: string): string {
  return `${field}_${variant.replace(/-/g, '_')}`;
}
