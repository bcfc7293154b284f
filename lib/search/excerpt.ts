/**
 * Search excerpts, computed in the browser from a result's full paragraph and the ranges the query matched
 * (lib/search/match.ts). Pure and small: it is shipped with the search page only.
 *
 * Offsets are in code points of the canonical (Simplified) text. Because the Traditional rendering of a
 * paragraph is character-aligned with it (checked when the index is built), the same offsets cut and
 * highlight the Traditional text: results are shown in the reader's script without a converter.
 */

import type { ExcerptPiece } from '../themes/excerpt';

export type Range = readonly [start: number, end: number];

export type { ExcerptPiece } from '../themes/excerpt';

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
