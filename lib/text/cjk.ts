/** Han ideographs, CJK punctuation and full-width forms: "Chinese text" for punctuation and counting. */
export const hanPattern = /[\p{Script=Han}]/u;
const cjkContext = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》〈〉「」『』…—]/u;

/** True when the character is Han or CJK punctuation. */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && cjkContext.test(char);
}

/** Count Han characters (for reading time). */
export function countHan(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** True when the text has at least one Han character. */
export function hasHan(text: string): boolean {
  return hanPattern.test(text);
}

/** True when the text has Chinese in it: a Han character or CJK / full-width punctuation (《》，：). */
export function hasChinese(text: string): boolean {
  return /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u.test(text);
}

/** Chinese inside other text: Han characters with the brackets and quotes that go with them (【懂】《书》). */
const chineseRun = /([\p{Script=Han}【】「」『』《》]+)/u;

/**
 * A text cut into runs that alternate between not Chinese and Chinese, for marking the Chinese inside
 * English with its language. Empty runs are dropped.
 */
export function chineseRuns(text: string): { readonly text: string; readonly chinese: boolean }[] {
  return text
    .split(chineseRun)
    .map((part, i) => ({ text: part, chinese: i % 2 === 1 }))
    .filter((run) => run.text !== '');
}
