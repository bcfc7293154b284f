/**
 * An essay's words in one Chinese edition (issue 32): each block's shown text segmented (in Simplified, the
 * segmenter's script: Traditional text is mapped back with the project's converter, character for
 * character), every word with its occurrences, its first sentence and the readings the page's ruby shows.
 */
import type { Article } from '@/lib/model/articles';
import { essayReadings, type Overrides } from '@/lib/readings/essay';
import type { ReadingKind } from '@/lib/readings/kinds';
import { wrapRegionalWords } from '@/lib/regional/wrap';
import { toCanonical } from '@/lib/script/converters';
import type { ScriptVariantId } from '@/lib/site/variants';
import { shownBlocks, type ShownBlock } from './blocks';
import { segment } from './segment';

/** One occurrence: the block, and the word's Han characters as indices among the block's (the ruby's count). */
export interface WordOccurrence {
  readonly block: string;
  /**
   * First Han index, and one past the last; both -1 for a word without Han characters (996) or whose
   * characters are not one run (a hidden regional form between them).
   */
  readonly start: number;
  readonly end: number;
}

export interface EssayWord {
  /** The word and its readings: unique in an essay. */
  readonly key: string;
  /** Canonical Simplified: the key for glosses and forms. */
  readonly word: string;
  /** As the edition's page writes it (first occurrence). */
  readonly shown: string;
  /** jieba's part of speech. */
  readonly tag: string;
  readonly occurrences: WordOccurrence[];
  /** The sentence of the first occurrence, the block's id and source line. */
  readonly first: { readonly block: string; readonly sentence: string; readonly line?: number };
  /** Per kind the edition offers: the first occurrence's readings, a syllable per character, space-separated. */
  readonly readings: Partial<Record<ReadingKind, string>>;
}

/** Chinese full stops only: an ASCII `;` or `!` belongs to Latin text in a sentence (TL;DR). */
const sentenceEnd = /[。！？；]/u;

/** The sentence around code points [start, end) of a text, with its closing punctuation. */
export function sentenceAt(chars: readonly string[], start: number, end: number): string {
  let from = start;
  while (from > 0 && !sentenceEnd.test(chars[from - 1]!)) from -= 1;
  let to = end;
  while (to < chars.length && !sentenceEnd.test(chars[to - 1] ?? '')) to += 1;
  return chars.slice(from, to).join('').trim();
}

function simplifiedOf(block: ShownBlock, edition: ScriptVariantId): string[] {
  const shown = [...block.text];
  if (edition === 'zh-hans') return shown;
  const simplified = [...toCanonical('zh-Hant-TW')(block.text)];
  // A phrase converted to another length would misalign: segment the shown text as it is then.
  return simplified.length === shown.length ? simplified : shown;
}

/** Every word of an essay page, in order of first occurrence. */
export function essayWords(article: Article, overrides: Overrides): EssayWord[] {
  const edition = article.variant as ScriptVariantId;
  const { files } = essayReadings(article, overrides);
  const words = new Map<string, EssayWord>();
  for (const block of shownBlocks(wrapRegionalWords(article.body, article.wording))) {
    const shown = [...block.text];
    const simplified = simplifiedOf(block, edition);
    let at = 0;
    for (const token of segment(simplified.join(''))) {
      const length = [...token.word].length;
      const from = at;
      at += length;
      if (token.tag === 'x' || !/[\p{Script=Han}0-9]/u.test(token.word)) continue;
      const han = block.hanIndex.slice(from, at).filter((index) => index >= 0);
      // A word around a hidden regional form (數據 | 資料 處理) has no one run of characters to point at.
      const contiguous = han.length > 0 && han[han.length - 1]! - han[0]! + 1 === han.length;
      const occurrence: WordOccurrence = {
        block: block.id,
        start: contiguous ? han[0]! : -1,
        end: contiguous ? han[han.length - 1]! + 1 : -1,
      };
      const readings: Partial<Record<ReadingKind, string>> = {};
      for (const [kind, blocks] of files) {
        const syllables = han.map((index) => blocks[block.id]?.[index] ?? '');
        if (syllables.length > 0 && syllables.every(Boolean)) readings[kind] = syllables.join(' ');
      }
      // A word read two ways (行 háng, xíng; 了 le, liǎo) is two words to a learner: keyed by word and reading.
      const key = `${token.word}|${Object.values(readings).join('|')}`;
      const known = words.get(key);
      if (known) {
        known.occurrences.push(occurrence);
        continue;
      }
      words.set(key, {
        key,
        word: token.word,
        shown: shown.slice(from, at).join(''),
        tag: token.tag,
        occurrences: [occurrence],
        first: { block: block.id, sentence: sentenceAt(shown, from, at), line: block.line },
        readings,
      });
    }
    if (at !== shown.length) throw new Error(`segmenter: ${at} characters of ${shown.length} in ${block.id}`);
  }
  return [...words.values()];
}
