const han = /^\p{Script=Han}$/u;
/**
 * Han, or a Chinese mark after which a line may end: sentence punctuation, closing quotes/brackets, and the
 * last mark of a dash —— or an ellipsis …… (clreq keeps the pair together; a line may end after it).
 */
const mayEndLine = /^[\p{Script=Han}，。：；？！、”’）》」』—…]$/u;
const openingQuote = /^[“‘]$/u;
const closingQuote = /^[”’]$/u;

/**
 * Offsets (UTF-16) in Chinese text where a line may break next to a curly quotation mark but browsers do
 * not break: before an opening “ or ‘ that follows Han or a mark that may end a line (为|“002”, 。|“…,
 * 口号——|“时间…), and after a closing ” or ’ followed by Han (“002”|模式).
 *
 * Why: curly quotes are ambiguous (Unicode line breaking class QU, used both ways round in Western text), so
 * UAX #14 (LB19, LB19a; ICU and every browser) allows no break on either side of one unless it stands
 * between East Asian characters. A quote around Latin text or digits (“Rewired”, “002”) glues to the
 * characters on both sides, and a justified line that cannot fit the glued run is letter-spaced to fill.
 * Quotes between Han characters get the break too: line breakers older than Unicode 15.1's LB19a (older
 * Safari, other engines) allow none next to any quotation mark.
 *
 * Never before a closing mark nor after an opening one: the offsets are only at an opening quote (so the
 * character before it is Han or a mark that may end a line) or after a closing quote followed by Han.
 */
export function quoteBreakOffsets(text: string): number[] {
  const offsets: number[] = [];
  let previous = '';
  let at = 0;
  const chars = Array.from(text);
  chars.forEach((char, i) => {
    const next = chars[i + 1] ?? '';
    if (openingQuote.test(char) && mayEndLine.test(previous)) offsets.push(at);
    if (closingQuote.test(char) && han.test(next)) offsets.push(at + char.length);
    previous = char;
    at += char.length;
  });
  return offsets;
}
