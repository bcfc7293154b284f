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
 *   spread apart).
 * - `last`: the closing, pause or stop mark that ends a paragraph or list item hangs whole past the line
 *   (lib/markdown/rehype-cjk-punctuation.ts finds it: a block's end is not in a run's text), so the block's
 *   last word fits on the line where only its mark did not.
 *
 * - `keep`: an interpunct after a character other than a space (埃隆·马斯克) is kept off a line's start
 *   (lib/text/middle-dot.ts).
 *
 * A pause or stop mark before a closing mark (`。”`) is not compressed: in Traditional Chinese those marks
 * are centred in the em box, and halving them would crowd them (clreq §3.1.6.2 leaves it to the style).
 */
import { isKeptDot } from './middle-dot';
import type { PunctuationAdjustment } from './punctuation-elements';

export type { PunctuationAdjustment } from './punctuation-elements';

/** Full-width opening brackets and quotes. */
const opening = new Set(Array.from('（〔［｛《〈「『【“‘〖'));
/** Full-width closing brackets and quotes. */
const closing = new Set(Array.from('）〕］｝》〉」』】”’〗'));
/** Pause and stop marks (点号). */
const pauseOrStop = new Set(Array.from('，。、：；？！'));
const followsHang = /^[\p{Script=Han}\p{L}]$/u;

const isFullWidthMark = (c: string) => opening.has(c) || closing.has(c) || pauseOrStop.has(c);

/** A mark that may hang at a line's end (clreq §3.1.7): a closing bracket or quote, or a pause or stop mark. */
export const hangsAtLineEnd = (c: string): boolean => closing.has(c) || pauseOrStop.has(c);

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
    } else if (!headline && hangsAtLineEnd(c)) {
      if (followsHang.test(after) || opening.has(after)) adjustments.set(i, 'hang');
    }
  }
  return adjustments;
}

export { adjustmentElement, punctuationElements } from './punctuation-elements';
