/**
 * How many essays, in words, for the interface's sentences ("五篇文章", "Five Chinese essays"), so that a
 * sixth essay changes the count where it is said (issue 29). Hand-written: `Intl.NumberFormat` with
 * `hanidec` writes 10 as 一〇, not 十, and the counts here are small.
 */
const hanDigits = '〇一二三四五六七八九';

/** A count from 1 to 99 in Chinese numerals (十二, 二十, 五). */
export function hanCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese count word for ${n}`);
  if (n < 10) return hanDigits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : hanDigits[tens]}十${ones === 0 ? '' : hanDigits[ones]}`;
}

const englishWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count in English words up to ten, in figures above (the house style), capitalized to start a sentence. */
export function englishCount(n: number, { capitalize = false } = {}): string {
  const word = englishWords[Number(n)] ?? String(n);
  return capitalize ? word[0]!.toUpperCase() + word.slice(1) : word;
}
