/**
 * The interpunct (间隔号: 埃隆·马斯克, J·K·罗琳, a citation's `）·检索`) may not start a line (GB/T 15834 keeps it
 * off a line's start; a line may end on it). Browsers break before it: U+00B7 is ambiguous in UAX #14 and
 * `line-break: strict` does not keep it. The build wraps it in `<pq-k>` (lib/text/punctuation-compression.ts),
 * whose generated word joiner (U+2060, app/styles/punctuation.css) ties it to the character before: the dot
 * stays alone in its element, so no word around it is cut by markup, and generated content is never copied.
 */
const dots = new Set(Array.from('·‧・'));
const space = /^\s?$/u;

/** Is the character at `i` an interpunct that follows a character other than a space? */
export function isKeptDot(text: string, i: number): boolean {
  return dots.has(text[i]!) && !space.test(text[i - 1] ?? '');
}
