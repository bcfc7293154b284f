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
