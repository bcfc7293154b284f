import { segmenter } from './segmenter';

const opening = /[\p{Ps}\p{Pi}]$/u;

const singleHan = /^\p{Script=Han}$/u;

/**
 * A short label (a theme's name) cut into the pieces a line may break between: its words by ICU's
 * dictionary-based segmentation (`Intl.Segmenter`; Chinese has no spaces), with punctuation and spaces
 * kept on the word before and opening marks on the word after, so no line starts with 、 or ends with “.
 * A one-character Han word stays with the word before it: the dictionary leaves words it does not know in
 * single characters (过|劳, 离职|潮), and a particle like 与 reads naturally at a line's end.
 * Joined, the pieces are the label.
 */
export function lineBreakPieces(text: string, locale: string): string[] {
  const pieces: string[] = [];
  for (const { segment, isWordLike } of segmenter(locale).segment(text)) {
    const last = pieces.at(-1);
    const glued = !isWordLike || singleHan.test(segment) || (last !== undefined && opening.test(last));
    if (last !== undefined && glued) pieces[pieces.length - 1] = last + segment;
    else pieces.push(segment);
  }
  return pieces;
}
