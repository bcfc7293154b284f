/** Language of the one search index (Pagefind's word segmentation for Chinese). */
export const searchLanguage = 'zh';

/** Where the built site serves Pagefind's files. */
export const pagefindBase = '/pagefind/';
