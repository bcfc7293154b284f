/**
 * Which paragraphs a query really matches, and where. Pagefind finds candidates fast but loosely (prefix and
 * partial-word hits, metadata, its own Chinese segmentation); this decides what is shown, in the browser,
 * on the candidate's full text. Pure and small: it ships with the search page only.
 *
 * - A query is split into terms at spaces and punctuation; every term must occur (AND).
 * - A term with Chinese characters matches as a substring of the paragraph (case-insensitive; a Latin or
 *   digit edge of the term must not continue a Latin word: "AI泡沫" is not in "OpenAI泡沫").
 * - A Latin or digit term matches whole words only, case-insensitive, after Porter stemming (the `stemmer`
 *   package), so "resignations" finds "resigned" and "996" never finds "1996".
 * - A paragraph where a Chinese term is missing as a whole but each of its words (ICU segmentation) occurs
 *   is a partial match: 辞职信 against a paragraph with 辞职 and 信号.
 *
 * Hand-written because no library does whole-word Latin and substring CJK matching with stems in one pass.
 * Offsets are code points, as the excerpt code (lib/search/excerpt.ts) expects.
 */
import { hasHan } from '../text/cjk';
import { segmenter } from '../text/segmenter';
import { latinWords, wordKey } from '../text/words';
import type { Range } from './excerpt';

export { wordKey } from '../text/words';

export type MatchKind = 'exact' | 'partial';

export interface ParagraphMatch {
  readonly kind: MatchKind;
  /** Marked ranges in code points, merged and sorted. */
  readonly ranges: readonly Range[];
}

const latinOrDigit = /[\p{Script=Latin}\p{N}]/u;
const zhWords = segmenter('zh-Hans');

/**
 * The query's terms: NFKC (full-width letters and digits become plain ones), lower-cased, split at spaces
 * and punctuation, except an apostrophe inside a word ("Musk’s", "don't" stay one term, as in the text).
 */
export function queryTerms(query: string): string[] {
  return [
    ...query
      .normalize('NFKC')
      .toLowerCase()
      .matchAll(/[^\s\p{P}\p{S}]+(?:['’][^\s\p{P}\p{S}]+)*/gu),
  ].map((m) => m[0]);
}

export { hasHan } from '../text/cjk';
export const hasLatin = (text: string) => /\p{Script=Latin}/u.test(text);

/** Lower-cased text, character by character, keeping offsets (a character whose lower case is longer stays). */
function folded(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/./gsu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

type Units = [start: number, end: number];

function substringHits(text: string, lower: string, term: string): Units[] {
  const hits: Units[] = [];
  for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) {
    const end = i + term.length;
    if (latinOrDigit.test(term[0]!) && latinOrDigit.test(text[i - 1] ?? '')) continue;
    if (latinOrDigit.test(term.at(-1)!) && latinOrDigit.test(text[end] ?? '')) continue;
    hits.push([i, end]);
  }
  return hits;
}

function wordHits(text: string, term: string): Units[] {
  const key = wordKey(term);
  return latinWords(text)
    .filter((w) => w.key === key)
    .map((w) => [w.start, w.end] as Units);
}

/** Occurrences of one term in the text, in UTF-16 units. */
function termHits(text: string, lower: string, term: string): Units[] {
  return hasHan(term) ? substringHits(text, lower, term) : wordHits(text, term);
}

function toCodePoints(text: string, hits: readonly Units[]): Range[] {
  const sorted = [...hits].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const cp = (i: number) => Array.from(text.slice(0, i)).length;
  return merged.map(([s, e]) => [cp(s), cp(e)] as const);
}

/** The words of a Chinese term (ICU segmentation), for partial matches. */
function termWords(term: string): string[] {
  return [...zhWords.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Whether and where `text` matches the query's terms: every term occurs (exact), or each Chinese term is
 * present only in its words (partial), or not at all (undefined).
 */
export function matchParagraph(text: string, terms: readonly string[]): ParagraphMatch | undefined {
  if (terms.length === 0) return undefined;
  const lower = folded(text);
  const exact = terms.map((term) => termHits(text, lower, term));
  if (exact.every((hits) => hits.length > 0)) return { kind: 'exact', ranges: toCodePoints(text, exact.flat()) };
  const partial: Units[] = [];
  for (const [i, term] of terms.entries()) {
    if (exact[i]!.length > 0) {
      partial.push(...exact[i]!);
      continue;
    }
    const words = hasHan(term) ? termWords(term) : [];
    if (words.length < 2) return undefined;
    for (const word of words) {
      const hits = termHits(text, lower, word);
      if (hits.length === 0) return undefined;
      partial.push(...hits);
    }
  }
  return { kind: 'partial', ranges: toCodePoints(text, partial) };
}

/** Whether any term occurs in a text (titles and section headings: they rank, never match). */
export function mentionsAny(text: string, terms: readonly string[]): boolean {
  const lower = folded(text);
  return terms.some((term) => termHits(text, lower, term).length > 0);
}

/** Whether the terms occur together, in order, as typed (spaces and punctuation aside). */
export function hasPhrase(text: string, terms: readonly string[]): boolean {
  if (terms.length < 2) return false;
  if (terms.every(hasHan)) return folded(text).includes(terms.join(''));
  const keys = latinWords(text).map((w) => w.key);
  const want = terms.map(wordKey);
  return keys.some((_, i) => want.every((k, j) => keys[i + j] === k));
}
