/**
 * The ids essay blocks carry, in one place (issue 29: the format was spelled out in a dozen files). A
 * paragraph is `p-<n>` (numbered by lib/ids/match.ts and kept across edits by the ledger); a heading has a
 * slug. Every form of an essay page keeps the Chinese ids; 中英对照 prefixes its English column's ids with
 * `en-`, the English shown under a paragraph on a Chinese page is `en-of-<id>`, and the Chinese shown under
 * a paragraph on an English page `zh-of-<id>`.
 */

/** A paragraph id, with its number captured. */
export const paragraphIdPattern = /^p-(\d+)$/;

/** The id of paragraph `n`. */
export const paragraphId = (n: number): string => `p-${n}`;

/** Whether `id` is a paragraph's (`p-12`), not a heading's. */
export const isParagraphId = (id: unknown): id is string => typeof id === 'string' && paragraphIdPattern.test(id);

/** The number of a paragraph id (`p-12` → 12), or undefined for any other id. */
export function paragraphNumber(id: string): number | undefined {
  const match = paragraphIdPattern.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Prefix of the English column's ids on 中英对照 (`en-p-12`, `en-<heading slug>`). */
export const bilingualEnglishPrefix = 'en-';

/** The id of a paragraph's English as shown under it on a Chinese page (islands/paragraph-english.ts). */
export const revealedEnglishId = (id: string): string => `en-of-${id}`;

/** The id of a paragraph's Chinese as shown under it on an English page (islands/paragraph-chinese.ts). */
export const revealedChineseId = (id: string): string => `zh-of-${id}`;
