const han = /^\p{Script=Han}$/u;
const digit = /^\p{N}$/u;
const hanNumeral = /^[〇一二三四五六七八九十百千万亿两]$/u;
const letter = /^[\p{L}\p{N}]$/u;

// ICU's dictionary-based Chinese word segmentation, built into Node (full ICU) and used at build time only.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const isSingleHan = (word: string) => han.test(word);
const lastChar = (text: string) => Array.from(text).at(-1) ?? '';
const firstChar = (text: string) => Array.from(text)[0] ?? '';

/**
 * Whether a line may break between two adjacent words of a headline.
 *
 * Only between letters, with a Han character on at least one side: the joins that `word-break: keep-all`
 * closes (Han–Han, Han–Latin). Breaks next to punctuation and spaces are left to the browser's own rules,
 * which keep closing marks off the start of a line and opening marks off its end; a break is never added
 * there. A number stays with the Han character beside it (2025年, 第3章, 50万); 第 stays with its number
 * (第一层, which ICU cuts 第|一层), and a Han numeral with what follows (五十万亿, 两年; ICU: 五十|万亿,
 * 两|年前). Two single-character words in a row stay together: ICU splits words its dictionary lacks into
 * single characters (竞速 → 竞|速, 硅谷 → 硅|谷, 退圈 → 退|圈), and joining such runs keeps those whole at
 * the cost of a longer unbreakable piece now and then (的人在).
 */
function mayBreakBetween(before: string, after: string): boolean {
  const a = lastChar(before);
  const b = firstChar(after);
  if (!letter.test(a) || !letter.test(b)) return false;
  if (!han.test(a) && !han.test(b)) return false;
  if (digit.test(a) || digit.test(b) || a === '第') return false;
  if (hanNumeral.test(a) && han.test(b)) return false;
  return !(isSingleHan(before) && isSingleHan(after));
}

/**
 * A headline cut into the pieces a line may break between: word boundaries from `Intl.Segmenter`, kept
 * where {@link mayBreakBetween} allows. Joined, the pieces are the text; text without Han characters
 * (English) is one piece.
 */
export function wordSegments(text: string): string[] {
  const pieces: string[] = [];
  let previousWord: string | undefined;
  for (const { segment } of segmenter.segment(text)) {
    if (previousWord !== undefined && mayBreakBetween(previousWord, segment)) pieces.push(segment);
    else if (pieces.length > 0) pieces[pieces.length - 1] += segment;
    else pieces.push(segment);
    previousWord = segment;
  }
  return pieces;
}

/** Offsets (UTF-16, as in the string) where {@link wordSegments} cuts the text. */
export function wordBreakOffsets(text: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const piece of wordSegments(text).slice(0, -1)) {
    at += piece.length;
    offsets.push(at);
  }
  return offsets;
}
