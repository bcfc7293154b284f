/**
 * The interpunct of a transliterated name (间隔号: 埃隆·马斯克, 馬德哈維·塞瓦克) may not start a line (GB/T 15834,
 * clreq's line-start prohibitions; a line may end on it). Browsers break before it: U+00B7 is ambiguous in
 * UAX #14 and `line-break: strict` does not keep it. The build keeps it with the character before it
 * (`<pq-k>隆·</pq-k>`, white-space: nowrap in app/styles/punctuation.css); the break after it stays.
 */
const dots = new Set(Array.from('·‧・'));
const han = /^\p{Script=Han}$/u;

/** Offsets (UTF-16) of the name dots in `text`: a middle dot between two Han characters. */
export function nameDotOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 1; i + 1 < text.length; i += 1)
    if (dots.has(text[i]!) && han.test(text[i - 1]!) && han.test(text[i + 1]!)) offsets.push(i);
  return offsets;
}

/** The element that keeps a name dot with the character before it. */
export const nameDotElement = 'pq-k';
