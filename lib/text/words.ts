/**
 * Latin words as search and theme matching compare them: letters and digits with an inner apostrophe
 * (Musk’s, don't), lower-cased, without a possessive ’s, Porter-stemmed (the `stemmer` package) so that
 * "resignations", "resigned" and "resignation" are one word; numbers compare as written ("996").
 */
import { stemmer } from 'stemmer';

/** A Latin word or number in a text. Global: use with `matchAll`. */
export const latinWord = /[\p{Script=Latin}\p{N}]+(?:['’][\p{Script=Latin}]+)*/gu;

/** A word as it is compared (a typed ' and the text's ’ are the same apostrophe). */
export function wordKey(word: string): string {
  const lower = word.toLowerCase().replace(/’/gu, "'").replace(/'s$/u, '');
  return /^\p{N}+$/u.test(lower) ? lower : stemmer(lower);
}

export interface Word {
  readonly key: string;
  /** UTF-16 offsets in the text. */
  readonly start: number;
  readonly end: number;
}

/** Every Latin word of a text with its key and offsets. */
export function latinWords(text: string): Word[] {
  return [...text.matchAll(latinWord)].map((m) => ({ key: wordKey(m[0]), start: m.index, end: m.index + m[0].length }));
}
