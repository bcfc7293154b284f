import { variantText } from '../script/text';
import type { Variant } from '../variants';

/** A piece of an excerpt; `mark` pieces are the theme's terms. */
export interface ExcerptPiece {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * An excerpt of a canonical paragraph around its first mention, with every mention in the window marked,
 * rendered in a variant's script. Script conversion keeps length for these texts, so marks are placed by
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
  let from = Math.max(0, first.start - context);
  let to = Math.min(text.length, first.end + context * 2);
  // English is cut between words, not inside one.
  if (variant.kind === 'translation') {
    while (from > 0 && !/\s/.test(text[from - 1]!)) from -= 1;
    while (to < text.length && !/\s/.test(text[to]!)) to += 1;
  }
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
  if (from > 0) pieces.unshift({ text: '…', mark: false });
  if (to < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
