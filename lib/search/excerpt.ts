/**
 * Search excerpts, computed in the browser from a result's full paragraph. Pure and small: it is shipped
 * with the search page only.
 *
 * Offsets are in code points of the canonical (Simplified) text. Because the Traditional rendering of a
 * paragraph is character-aligned with it (checked when the index is built), the same offsets cut and
 * highlight the Traditional text: results are shown in the reader's script without a converter.
 */

import type { ExcerptPiece } from '../themes/excerpt';

export type Range = readonly [start: number, end: number];

export type { ExcerptPiece } from '../themes/excerpt';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name]!);

/** Pagefind's excerpt (HTML with `<mark>`) as plain text and marked ranges (code points). */
export function parseMarkedExcerpt(html: string): { text: string; marks: Range[] } {
  const marks: Range[] = [];
  let text: string[] = [];
  const parts = html.split(/(<\/?mark>)/);
  let open: number | undefined;
  for (const part of parts) {
    if (part === '<mark>') open = text.length;
    else if (part === '</mark>') {
      if (open !== undefined && text.length > open) marks.push([open, text.length]);
      open = undefined;
    } else text = text.concat(Array.from(decode(part)));
  }
  return { text: text.join(''), marks };
}

const fold = (s: string) => s.toLowerCase();

/** Every occurrence of each query term in the text (terms are split on spaces), merged and sorted. */
export function findTerms(text: string, query: string): Range[] {
  const chars = Array.from(fold(text));
  const ranges: Range[] = [];
  for (const term of query.split(/\s+/).filter(Boolean)) {
    const needle = Array.from(fold(term));
    for (let i = 0; i + needle.length <= chars.length; i += 1) {
      if (needle.every((c, k) => chars[i + k] === c)) ranges.push([i, i + needle.length]);
    }
  }
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Where Pagefind's excerpt sits in the paragraph, and its marks as paragraph offsets. */
export function locateExcerpt(content: string, pagefindExcerpt: string): Range[] {
  const { text, marks } = parseMarkedExcerpt(pagefindExcerpt);
  const index = content.indexOf(text.trim());
  if (index < 0 || marks.length === 0) return [];
  const base = Array.from(content.slice(0, index)).length - (text.length - text.trimStart().length);
  return marks.map(([s, e]) => [s + base, e + base] as const);
}

/**
 * The marks for a result: exact occurrences of the query's terms when the paragraph has them (a phrase
 * typed without spaces, like 全民基本收入, is matched whole), otherwise the words Pagefind matched.
 */
export function resultMarks(
  content: string,
  query: string,
  pagefindExcerpt: string,
): { marks: Range[]; exact: boolean } {
  const exact = findTerms(content, query);
  return exact.length > 0
    ? { marks: exact, exact: true }
    : { marks: locateExcerpt(content, pagefindExcerpt), exact: false };
}

/**
 * Cut a window of about `width` code points around the first mark and split it into marked and unmarked
 * pieces, with … where the paragraph is cut. `text` is the paragraph in the reader's script; when it is
 * not aligned with the canonical text the marks are dropped rather than misplaced.
 */
export function excerptPieces(text: string, marks: readonly Range[], width = 90): ExcerptPiece[] {
  const chars = Array.from(text);
  const first = marks[0];
  const start = first ? Math.max(0, Math.min(first[0] - Math.floor(width / 3), chars.length - width)) : 0;
  const end = Math.min(chars.length, start + width);
  const pieces: ExcerptPiece[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) pieces.push({ text: chars.slice(from, to).join(''), mark });
  };
  let at = start;
  for (const [s, e] of marks) {
    if (e <= at || s >= end) continue;
    push(at, Math.max(at, s), false);
    push(Math.max(at, s), Math.min(e, end), true);
    at = Math.min(e, end);
  }
  push(at, end, false);
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < chars.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

/** Whether two renderings of a paragraph can share offsets. */
export const aligned = (a: string, b: string) => Array.from(a).length === Array.from(b).length;
