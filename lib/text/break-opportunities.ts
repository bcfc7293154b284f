import { quoteBreakOffsets } from './quote-breaks';
import { wordBreakOffsets } from './word-segments';

/**
 * Where a line of Chinese text may break that browsers would not break it, as sorted UTF-16 offsets: next
 * to curly quotes around Latin text or digits ({@link quoteBreakOffsets}) and, in a headline, between words
 * ({@link wordBreakOffsets}). The one source of `<wbr>` for essay bodies and for titles rendered in React.
 */
export function breakOpportunities(text: string, { headline }: { readonly headline: boolean }): number[] {
  const offsets = new Set([...quoteBreakOffsets(text), ...(headline ? wordBreakOffsets(text) : [])]);
  return [...offsets].sort((a, b) => a - b);
}

/** The text cut at the offsets; joined, the pieces are the text. */
export function splitAt(text: string, offsets: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const offset of offsets) {
    if (offset <= from || offset >= text.length) continue;
    pieces.push(text.slice(from, offset));
    from = offset;
  }
  pieces.push(text.slice(from));
  return pieces;
}
