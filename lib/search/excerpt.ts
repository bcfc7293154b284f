/**
 * Search excerpts, computed in the browser from a result's full paragraph and the ranges the query matched
 * (lib/search/match.ts). Pure and small: it is shipped with the search page only.
 *
 * Offsets are in code points of the canonical (Simplified) text. Because the Traditional rendering of a
 * paragraph is character-aligned with it (checked when the index is built), the same offsets cut and
 * highlight the Traditional text: results are shown in the reader's script without a converter.
 */

import { ellipsis, excerptBounds, type ExcerptLanguage } from '../text/excerpt-bounds';
import type { ExcerptPiece } from '../themes/excerpt';

export type Range = readonly [start: number, end: number];

export type { ExcerptPiece } from '../themes/excerpt';

/**
 * Cut a window of about `width` code points around the first mark, widened to a sentence or word boundary
 * (lib/text/excerpt-bounds.ts), and split it into marked and unmarked pieces, with the language's ellipsis
 * where the paragraph is cut. `text` is the paragraph in the reader's script; when it is not aligned with
 * the canonical text the marks are dropped rather than misplaced.
 */
export function excerptPieces(
  text: string,
  marks: readonly Range[],
  width = 90,
  lang: ExcerptLanguage = 'zh',
): ExcerptPiece[] {
  const chars = Array.from(text);
  // Code point offsets (the marks') to UTF-16 offsets (the segmenter's) and back.
  const unitAt = [0];
  for (const c of chars) unitAt.push(unitAt.at(-1)! + c.length);
  const pointAt = (unit: number) => unitAt.findIndex((u) => u >= unit);
  const first = marks[0];
  const around = first ? Math.max(0, Math.min(first[0] - Math.floor(width / 3), chars.length - width)) : 0;
  const bounds = excerptBounds(
    text,
    unitAt[around]!,
    unitAt[Math.min(chars.length, around + width)]!,
    lang,
    first ? { start: unitAt[first[0]]!, end: unitAt[first[1]]! } : undefined,
  );
  const start = pointAt(bounds.from);
  const end = pointAt(bounds.to);
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
  if (bounds.cutStart) pieces.unshift({ text: ellipsis[lang], mark: false });
  if (bounds.cutEnd) pieces.push({ text: ellipsis[lang], mark: false });
  return pieces;
}

/** Whether two renderings of a paragraph can share offsets. */
export const aligned = (a: string, b: string) => Array.from(a).length === Array.from(b).length;
