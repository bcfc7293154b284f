/**
 * Text directives for URL fragments (`#p-3:~:text=prefix-,term,-suffix`, the URL Fragment Text Directives
 * spec): a link that makes the browser scroll to and mark one occurrence of a text. Built at build time from
 * the text the page renders; hand-written because the libraries that generate directives (the text-fragments
 * polyfill's generator) need a live DOM selection.
 *
 * A browser matches a directive against the page's rendered text, case-insensitively, and takes the first
 * match in document order; the prefix must start and the suffix end on a word boundary. So a directive is
 * only built when its whole match is unique on the page, and its context starts and ends at places that are
 * word boundaries for every segmenter (spaces, punctuation, the block's edges, a change between Han and
 * Latin or digits): a browser's dictionary for Chinese word breaks may differ from this machine's.
 */
import { segmenter } from './segmenter';

/** A stretch of a block's text. Unsearchable text (hidden when scripting runs, footnote markers, a nested
 *  block) may not be part of a directive, nor may a directive reach across it. */
export interface TextRun {
  readonly text: string;
  readonly searchable: boolean;
}

export interface DirectiveTarget {
  /** The block's text, in runs. */
  readonly runs: readonly TextRun[];
  /** The text to mark: `[start, end)` in the runs' concatenated text. */
  readonly start: number;
  readonly end: number;
  /** Every other text on the page a directive might match first (other blocks, the title …). */
  readonly elsewhere: readonly string[];
  /**
   * The page's language. With it, the range must start and end on word boundaries of that language's
   * segmentation (ICU, as browsers have it): some implementations (the text-fragments polyfill) want every
   * part of a directive word-bounded, and Traditional text can segment differently from the Simplified the
   * theme terms were matched in (奇点|将在, but 奇|點將|在).
   */
  readonly locale?: string;
}

export interface DirectiveOptions {
  /** Longest prefix or suffix tried, in characters (keeps links short). Default 40. */
  readonly maxContext?: number;
}

/** The parts of a text directive, before encoding. */
export interface DirectiveParts {
  readonly prefix?: string;
  readonly text: string;
  readonly suffix?: string;
}

// Word-internal punctuation (UAX #29 MidLetter, MidNum, MidNumLet): no boundary between two letters or digits.
const mid = /['.:,;·‧’\u055F\u05F4\uFE13\uFE50\uFE52\uFE55\uFF07\uFF0C\uFF0E\uFF1A\uFF1B]/u;
const punctuation = /[\p{P}\p{S}]/u;
const space = /\s/u;
const latinOrDigit = /[\p{Script=Latin}\p{N}]/u;
const han = /\p{Script=Han}/u;

/**
 * Whether the character at `i` separates words on both its sides: a space, or punctuation that is not
 * word-internal. A word-internal mark (`'` `.` `:` …) joins a letter or digit on each side into one word
 * (`don't`, `3.5`); a neighbour outside `[from, to)` is unknown and taken for a letter.
 */
function separates(text: string, i: number, from: number, to: number): boolean {
  const c = text[i]!;
  if (space.test(c)) return true;
  if (!punctuation.test(c)) return false;
  if (!mid.test(c)) return true;
  const wordy = (j: number) => j >= 0 && j < text.length && (j < from || j >= to || latinOrDigit.test(text[j]!));
  return !(wordy(i - 1) && wordy(i + 1));
}

/**
 * Whether offset `at` of `text` is a word boundary for every segmenter: the text's edges, beside a space or
 * a separating punctuation mark, or between Han and Latin letters or digits. Only `[from, to)` is read
 * (outside it is text whose rendering is unknown).
 */
export function isSafeBoundary(text: string, at: number, from = 0, to = text.length): boolean {
  if (at < from || at > to) return false;
  if (at === 0 || at === text.length) return true;
  const before = at > from ? text[at - 1]! : undefined;
  const after = at < to ? text[at]! : undefined;
  if (before !== undefined && separates(text, at - 1, from, to)) return true;
  if (after !== undefined && separates(text, at, from, to)) return true;
  if (before === undefined || after === undefined) return false;
  return (han.test(before) && latinOrDigit.test(after)) || (latinOrDigit.test(before) && han.test(after));
}

/** Offsets of the word boundaries of a text in a language (ICU's segmentation, dictionary-based for Chinese). */
function wordBoundaries(text: string, locale: string): Set<number> {
  const boundaries = new Set([text.length]);
  for (const { index } of segmenter(locale).segment(text)) boundaries.add(index);
  return boundaries;
}

/** How a browser compares text: case, accents and width ignored, whitespace collapsed. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of a directive's match (prefix, whitespace, text, whitespace, suffix) in a folded text. */
function countMatches(folded: string, parts: DirectiveParts): number {
  const pattern = [parts.prefix, parts.text, parts.suffix]
    .filter((p): p is string => p !== undefined)
    .map((p) => escapeRegExp(fold(p)))
    .join('\\s*');
  return folded.match(new RegExp(pattern, 'g'))?.length ?? 0;
}

const foldedElsewhere = new WeakMap<readonly string[], string>();
/** All the other texts, folded once per list; `\0` between them, which no directive matches across. */
function elsewhereText(texts: readonly string[]): string {
  let folded = foldedElsewhere.get(texts);
  if (folded === undefined) {
    folded = texts.map(fold).join('\0');
    foldedElsewhere.set(texts, folded);
  }
  return folded;
}

/** The searchable stretch `[from, to)` holding `[start, end)`, or `undefined` if the range touches unsearchable text. */
function searchableStretch(runs: readonly TextRun[], start: number, end: number) {
  let from = 0;
  let to: number | undefined;
  let at = 0;
  for (const run of runs) {
    const runEnd = at + run.text.length;
    if (!run.searchable) {
      if (at < end && runEnd > start) return undefined;
      if (runEnd <= start) from = runEnd;
      else to ??= at;
    }
    at = runEnd;
  }
  return { from, to: to ?? at };
}

/**
 * The parts of a directive that marks `[start, end)` of the block and matches nowhere else, with the
 * shortest context that does it; `undefined` when there is none (the range touches unsearchable text, or
 * no context of up to `maxContext` characters a side makes the match unique).
 */
export function directiveParts(target: DirectiveTarget, options: DirectiveOptions = {}): DirectiveParts | undefined {
  const { runs, start, end } = target;
  const maxContext = options.maxContext ?? 40;
  const text = runs.map((r) => r.text).join('');
  if (start < 0 || start >= end || end > text.length) return undefined;
  const stretch = searchableStretch(runs, start, end);
  if (!stretch) return undefined;
  const { from, to } = stretch;
  const term = collapse(text.slice(start, end));
  if (term.trim() !== term) return undefined;
  if (target.locale !== undefined) {
    const words = wordBoundaries(text, target.locale);
    if (!words.has(start) || !words.has(end)) return undefined;
  }

  const starts: number[] = [];
  for (let p = start; p >= from && start - p <= maxContext; p -= 1)
    if (isSafeBoundary(text, p, from, to)) starts.push(p);
  const ends: number[] = [];
  for (let q = end; q <= to && q - end <= maxContext; q += 1) if (isSafeBoundary(text, q, from, to)) ends.push(q);

  // The block as it reads with scripting (unsearchable runs may be hidden) and without (all shown).
  const own = [fold(runs.map((r) => (r.searchable ? r.text : '')).join('')), fold(text)];
  const others = elsewhereText(target.elsewhere);
  const candidates = starts
    .flatMap((p) => ends.map((q) => ({ p, q, context: start - p + (q - end) })))
    .sort((a, b) => a.context - b.context || b.p - a.p);
  for (const { p, q } of candidates) {
    const prefix = collapse(text.slice(p, start)).trim();
    const suffix = collapse(text.slice(end, q)).trim();
    const parts: DirectiveParts = { ...(prefix ? { prefix } : {}), text: term, ...(suffix ? { suffix } : {}) };
    if (own.every((t) => countMatches(t, parts) === 1) && countMatches(others, parts) === 0) return parts;
  }
  return undefined;
}

/** Percent-encode a directive part: everything but unreserved characters, and `-` `,` `&` always. */
export function encodeDirectivePart(part: string): string {
  return encodeURIComponent(part).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `text=prefix-,text,-suffix`, encoded. */
export function formatTextDirective(parts: DirectiveParts): string {
  const prefix = parts.prefix === undefined ? '' : `${encodeDirectivePart(parts.prefix)}-,`;
  const suffix = parts.suffix === undefined ? '' : `,-${encodeDirectivePart(parts.suffix)}`;
  return `text=${prefix}${encodeDirectivePart(parts.text)}${suffix}`;
}

/** A fragment that targets an element and marks a text in it: `p-3:~:text=…`, or just `p-3`. */
export function fragmentWithText(id: string, parts: DirectiveParts | undefined): string {
  return parts === undefined ? id : `${id}:~:${formatTextDirective(parts)}`;
}
