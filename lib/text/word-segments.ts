import { segmenter } from './segmenter';

const han = /^\p{Script=Han}$/u;
const digit = /^\p{N}$/u;
const hanNumeral = /^[〇一二三四五六七八九十百千万亿两]$/u;
const letter = /^[\p{L}\p{N}]$/u;

// ICU's dictionary-based Chinese word segmentation, built into Node (full ICU) and used at build time only.
const words = segmenter('zh');

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
 * Words of the essays' own headlines that ICU's dictionary cuts (英伟|达, 马|斯克, 可|持续, 人工|智能, 机器|人,
 * 确定|性), in both scripts, reviewed by hand: a headline never breaks inside one, and may break at its
 * edges (与|马斯克) where a Han character stands on both sides. Add a word here when a heading splits one.
 */
const keptWords = [
  ...['英伟达', '英偉達', '輝達', '马斯克', '馬斯克', '开场白', '開場白', '劳动力', '勞動力', '机器人', '機器人'],
  ...['确定性', '確定性', '结构性', '結構性', '系统性', '系統性', '根本性', '可持续', '可持續', '人工智能'],
  ...['跳跃式', '跳躍式', '大模型', '新范式', '新範式', '五十万亿', '五十萬億', '新大陆', '新大陸', '退圈'],
  ...['加速计算', '加速計算', '操作系统', '操作系統'],
];

/** The [start, end) offsets of every occurrence of a kept word in the text. */
function keptRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of keptWords)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) ranges.push([at, at + word.length]);
  return ranges;
}

/**
 * Offsets (UTF-16, as in the string) where a headline may break between words: word boundaries from
 * `Intl.Segmenter`, kept where {@link mayBreakBetween} allows, none inside a kept word and one at each edge
 * of a kept word between two Han characters. Text without Han characters (English) gets none.
 */
export function wordBreakOffsets(text: string): number[] {
  const offsets = new Set<number>();
  let at = 0;
  let previousWord: string | undefined;
  for (const { segment } of words.segment(text)) {
    if (previousWord !== undefined && mayBreakBetween(previousWord, segment)) offsets.add(at);
    at += segment.length;
    previousWord = segment;
  }
  const ranges = keptRanges(text);
  const inside = (offset: number) => ranges.some(([start, end]) => start < offset && offset < end);
  for (const [start, end] of ranges)
    for (const edge of [start, end])
      if (han.test(text[edge - 1] ?? '') && han.test(text[edge] ?? '') && !inside(edge)) offsets.add(edge);
  return [...offsets].filter((offset) => !inside(offset)).sort((a, b) => a - b);
}

/** A headline cut into the pieces a line may break between ({@link wordBreakOffsets}); joined, the text. */
export function wordSegments(text: string): string[] {
  if (text === '') return [];
  const pieces: string[] = [];
  let from = 0;
  for (const offset of wordBreakOffsets(text)) {
    pieces.push(text.slice(from, offset));
    from = offset;
  }
  pieces.push(text.slice(from));
  return pieces;
}
