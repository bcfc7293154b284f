/**
 * Punctuation adjustment of Chinese text after the W3C Requirements for Chinese Text Layout (clreq, §3.1.6
 * and §3.1.7), decided per character at build time, so every browser sets it alike (Firefox has no
 * `text-spacing-trim`, and Chromium does not trim a pair that a `<wbr>` separates, as lib/text/quote-breaks.ts
 * puts one before every opening curly quote). The characters are only wrapped in markup, never changed.
 *
 * - `start`: an opening mark right after another full-width mark (`：“`, `，「`, `」（`, `（“`) loses the
 *   blank half before its glyph, so the pair is 1.5 em, not 2; so does a headline's leading opening mark,
 *   which would otherwise indent the headline by half an em.
 * - `end`: a closing mark right before another closing mark or a pause or stop mark (`”，`, `」。`, `）、`)
 *   loses the blank half after its glyph.
 * - `hang`: the last closing mark (or pause or stop mark) of a run of them, followed by a Han character, a
 *   letter or an opening mark, is squeezed to half an em at the end of a justified line instead of being
 *   carried to the next one with the character before it (which leaves the line short and its characters
 *   spread apart). Not the mark that ends a block: with it in a span of its own, Chromium's
 *   `text-wrap: pretty` no longer keeps a paragraph from ending on one character.
 *
 * - `keep`: an interpunct after a character other than a space (埃隆·马斯克) is kept off a line's start
 *   (lib/text/middle-dot.ts).
 *
 * A pause or stop mark before a closing mark (`。”`) is not compressed: in Traditional Chinese those marks
 * are centred in the em box, and halving them would crowd them (clreq §3.1.6.2 leaves it to the style).
 */
import { isKeptDot } from './middle-dot';

export type PunctuationAdjustment = 'start' | 'end' | 'hang' | 'keep';

/** Full-width opening brackets and quotes. */
const opening = new Set(Array.from('（〔［｛《〈「『【“‘〖'));
/** Full-width closing brackets and quotes. */
const closing = new Set(Array.from('）〕］｝》〉」』】”’〗'));
/** Pause and stop marks (点号). */
const pauseOrStop = new Set(Array.from('，。、：；？！'));
const followsHang = /^[\p{Script=Han}\p{L}]$/u;

const isFullWidthMark = (c: string) => opening.has(c) || closing.has(c) || pauseOrStop.has(c);

/**
 * The characters of `text` to adjust, by UTF-16 offset (every mark here is one UTF-16 unit). `headline`: a
 * heading or title, which is never justified (so nothing hangs) and whose leading opening mark is trimmed.
 */
export function punctuationAdjustments(
  text: string,
  { headline }: { readonly headline: boolean },
): Map<number, PunctuationAdjustment> {
  const adjustments = new Map<number, PunctuationAdjustment>();
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (isKeptDot(text, i)) {
      adjustments.set(i, 'keep');
    } else if (opening.has(c)) {
      if (isFullWidthMark(before) || (headline && i === 0)) adjustments.set(i, 'start');
    } else if (closing.has(c) && (closing.has(after) || pauseOrStop.has(after))) {
      adjustments.set(i, 'end');
    } else if (!headline && (closing.has(c) || pauseOrStop.has(c))) {
      if (followsHang.test(after) || opening.has(after)) adjustments.set(i, 'hang');
    }
  }
  return adjustments;
}

/**
 * The element each adjusted mark is wrapped in, drawn by app/styles/punctuation.css: a custom element
 * (`<pq-h>，</pq-h>`, inline like a span, no definition needed), not `<span class="pq-h">`. A long essay has
 * some 600 of them, and on its 中英对照 page the shorter markup is 0.5 KB less gzip.
 */
export const adjustmentElement: Readonly<Record<PunctuationAdjustment, 'pq-s' | 'pq-e' | 'pq-h' | 'pq-k'>> = {
  start: 'pq-s',
  end: 'pq-e',
  hang: 'pq-h',
  keep: 'pq-k',
};
