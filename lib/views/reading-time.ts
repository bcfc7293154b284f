import { countHan } from '../text/cjk';

/** Reading speed for Chinese text, characters a minute. */
export const hanPerMinute = 400;
/** Reading speed for the Latin-script words mixed into the text, words a minute. */
export const wordsPerMinute = 200;

/** Minutes to read a text: Han characters at 400/min plus Latin words at 200/min, at least one. */
export function readingMinutes(text: string): number {
  const words = text.replace(/\p{Script=Han}/gu, ' ').match(/[A-Za-z0-9]+(?:[-'.][A-Za-z0-9]+)*/g)?.length ?? 0;
  return Math.max(1, Math.round(countHan(text) / hanPerMinute + words / wordsPerMinute));
}
