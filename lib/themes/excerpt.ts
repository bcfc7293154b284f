import { variantText } from '../script/text';
import { ellipsis, excerptBounds } from '../text/excerpt-bounds';
import type { Variant } from '../site/variants';

/** A piece of an excerpt; `mark` pieces are the theme's terms. */
export interface ExcerptPiece {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * An excerpt of a canonical paragraph around its first mention, with every mention in the window marked,
 * rendered in a variant's script, cut at a sentence or word boundary with the language's ellipsis. Script conversion keeps length for these texts, so marks are placed by
 * offset in the converted window; if it ever did not, each piece is converted on its own.
 */
export function excerpt(
  text: string,
  ranges: readonly { start: number; end: number }[],
  variant: Variant,
  context = 36,
): ExcerptPiece[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  if (!first) return [{ text: variantText(text, variant), mark: false }];
  const lang = variant.kind === 'translation' ? 'en' : 'zh';
  // Cut at a sentence or word boundary, never inside a word (lib/text/excerpt-bounds.ts).
  const { from, to, cutStart, cutEnd } = excerptBounds(
    text,
    Math.max(0, first.start - context),
    Math.min(text.length, first.end + context * 2),
    lang,
    first,
  );
  const window = text.slice(from, to);
  const converted = variantText(window, variant);
  const piece = (start: number, end: number) =>
    converted.length === window.length
      ? converted.slice(start - from, end - from)
      : variantText(text.slice(start, end), variant);
  const pieces: ExcerptPiece[] = [];
  let at = from;
  for (const r of sorted) {
    if (r.start < at || r.end > to) continue;
    if (r.start > at) pieces.push({ text: piece(at, r.start), mark: false });
    pieces.push({ text: piece(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < to) pieces.push({ text: piece(at, to), mark: false });
  if (cutStart) pieces.unshift({ text: ellipsis[lang], mark: false });
  if (cutEnd) pieces.push({ text: ellipsis[lang], mark: false });
  return pieces;
}
