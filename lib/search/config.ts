/** Language of the one search index (Pagefind's word segmentation for Chinese). */
export const searchLanguage = 'zh';

/** Where the built site serves Pagefind's files. */
export const pagefindBase = '/pagefind/';

/** What a search record carries per script variant, to show a result in the reader's script. */
export type SearchMetaField = 'title' | 'section' | 'text';

/**
 * The record metadata key of a field in a script variant (`title_zh_hant`). Every script variant has a
 * title and section; `text` is left out for the canonical script (it is the record's content).
 */
export function searchMetaKey(field: SearchMetaField, variant: string): string {
  return `${field}_${variant.replace(/-/g, '_')}`;
}
