/**
 * What the read-aloud player (islands/lazy/listen.ts) hands the speech engine, one piece at a time: a
 * sentence, or a clause of a long sentence, never over {@link maxUtteranceChars}. Short pieces because
 * Chrome cuts an utterance off after about 15 s and boundary events are unreliable across engines, so the
 * player never depends on them: each piece's start and end are the only events it uses. Pure (no DOM), so
 * it is unit-tested (tests/unit/listen-utterances.test.ts) and bundled into the browser unchanged.
 */
import { segmenter } from '@/lib/text/segmenter';

export const maxUtteranceChars = 200;

/** A piece of a block's text: its offsets in that text (to highlight it) and the text itself. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

/** Where a long sentence may be cut, best first: clause punctuation (Chinese and Latin), then a dash. */
const clauseEnd = /[，；：、,;:)）】」』]/u;
const dashes = /[—–]/u;
const space = /\s/u;
const wordChar = /[\p{L}\p{N}]/u;

/** The end (exclusive) of the first piece of `text`, which is longer than `max`. */
function cutAt(text: string, max: number): number {
  // The last clause mark within reach, not too near the start (a cut after 3 characters helps nobody).
  const floor = Math.floor(max / 4);
  for (const test of [clauseEnd, dashes, space]) {
    for (let i = max - 1; i >= floor; i -= 1) if (test.test(text[i]!)) return i + 1;
  }
  // No mark at all (a very long run of Han characters): cut at `max`, but never inside a Latin word or a
  // number, nor between the halves of a surrogate pair.
  let at = max;
  while (at > floor && wordChar.test(text[at - 1]!) && wordChar.test(text[at] ?? '') && /[A-Za-z0-9]/.test(text[at]!))
    at -= 1;
  if (/[\uDC00-\uDFFF]/.test(text[at] ?? '')) at -= 1;
  return at;
}

/** Trim whitespace off a span of `text`, keeping offsets; undefined when nothing is left. */
function trimmed(text: string, start: number, end: number): Piece | undefined {
  while (start < end && space.test(text[start]!)) start += 1;
  while (end > start && space.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/**
 * A block's text as pieces to speak, in order: its sentences (`Intl.Segmenter`, the page's locale), a
 * sentence longer than `max` cut at clause punctuation (then a dash, then a space, then anywhere but inside
 * a word). Pieces with nothing to say (punctuation only) are left out.
 */
export function utterances(text: string, locale: string, max = maxUtteranceChars): Piece[] {
  const pieces: Piece[] = [];
  for (const { segment, index } of segmenter(locale, 'sentence').segment(text)) {
    let start = index;
    const end = index + segment.length;
    while (start < end) {
      const rest = text.slice(start, end);
      const cut = rest.length > max ? start + cutAt(rest, max) : end;
      const piece = trimmed(text, start, cut);
      if (piece && wordChar.test(piece.text)) pieces.push(piece);
      start = cut;
    }
  }
  return pieces;
}

const han = '\\p{Script=Han}';
const latin = '[A-Za-z]';

/**
 * The text of a piece as the engine should get it, so that numbers, Latin names and Chinese quotation
 * marks read naturally (what is highlighted stays the page's own text):
 * - 「」『』《》〈〉 go (some engines name them; they are heard in the voice's tone anyway);
 * - a dash pair —— becomes a pause (，), an ellipsis …… one …;
 * - a number range 1990–2000 or 3~5 is read "1990至2000" in Chinese, "1990 to 2000" in English;
 * - a name's middle dot (乔什·巴特森) goes: engines read it as a dot or a pause mid-name;
 * - a Latin word set against Han characters gets a space either side, so an engine reads "Anthropic研究"
 *   as the word Anthropic, not run into the next syllable (digits stay: "2023年" is read as a year).
 */
export function speakable(text: string, chinese: boolean): string {
  let out = text
    .replace(/[「」『』《》〈〉]/gu, '')
    .replace(/——|──/gu, chinese ? '，' : ', ')
    .replace(/…+/gu, '…')
    .replace(/(\d)\s*[–—~～]\s*(\d)/gu, chinese ? '$1至$2' : '$1 to $2');
  if (chinese)
    out = out
      .replace(new RegExp(`(${han})[·・•](?=${han})`, 'gu'), '$1')
      .replace(new RegExp(`(${han})(?=${latin})`, 'gu'), '$1 ')
      .replace(new RegExp(`(${latin})(?=${han})`, 'gu'), '$1 ');
  return out.replace(/\s+/gu, ' ').trim();
}
