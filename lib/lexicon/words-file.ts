/**
 * Tap a word (issue 32, point 2): the data one essay page's popovers read, written next to the essay by
 * scripts/postbuild/vocabulary.ts (`words.json`) and fetched the first time a reader taps a word with the
 * readings on (islands/lazy/words.ts). Every word with a gloss, once per reading; for each block, where its
 * words are, as Han-character indices: the same count as the readings' ruby (lib/readings/blocks.ts).
 */
import { editionReadings } from '@/lib/readings/kinds';
import type { Article } from '@/lib/model/articles';
import { getMessages } from '@/lib/i18n/messages';
import { getVariant, scriptVariants, type ScriptVariantId } from '@/lib/site/variants';
import { glossOf } from './glosses';
import { formsOf, glossSourcesOf, wordsOf } from './vocabulary';

export const wordsFileName = 'words.json';

/** One word: as the page writes it, its readings (the edition's kinds, in order), gloss, forms, count. */
export interface WordInfo {
  readonly w: string;
  readonly r: readonly string[];
  readonly g: string;
  /** Its form in each Chinese edition (registry order), `軟件 / 軟體` where the regional table differs. */
  readonly f: readonly string[];
  readonly n: number;
}

export interface WordsFile {
  /** The popover's labels, in the edition's words: the kinds' names, the editions' marks, `{n}` for the count. */
  readonly labels: { readonly kinds: readonly string[]; readonly forms: readonly string[]; readonly count: string };
  readonly words: readonly WordInfo[];
  /** Block id → flat triples: first Han index, one past the last, index into `words`. */
  readonly blocks: Readonly<Record<string, readonly number[]>>;
}

/** An essay page's words file. */
export function wordsFile(article: Article): WordsFile {
  const kinds = editionReadings[article.variant as ScriptVariantId] ?? [];
  const sources = glossSourcesOf(article.slug);
  const words: WordInfo[] = [];
  const blocks: Record<string, number[]> = {};
  for (const word of wordsOf(article)) {
    const gloss = glossOf(word.word, word.readings.pinyin, sources);
    if (!gloss) continue;
    const index = words.length;
    words.push({
      w: word.shown,
      r: kinds.map((kind) => word.readings[kind] ?? ''),
      g: gloss.en,
      f: formsOf(word.word).map((form) => (form.regional ? `${form.form} / ${form.regional}` : form.form)),
      n: word.occurrences.length,
    });
    for (const { block, start, end } of word.occurrences)
      if (start >= 0) (blocks[block] ??= []).push(start, end, index);
  }
  // Each block's words in reading order, so the island can stop at the first that reaches the tap.
  for (const [id, flat] of Object.entries(blocks)) {
    const triples: number[][] = [];
    for (let i = 0; i < flat.length; i += 3) triples.push(flat.slice(i, i + 3));
    blocks[id] = triples.sort((a, b) => a[0]! - b[0]!).flat();
  }
  const t = getMessages(article.variant);
  const labels = {
    kinds: kinds.map((kind) => t.readingsChoice[kind]),
    forms: scriptVariants.map((variant) => t.vocabulary.formLabels[getVariant(variant.id).opencc ?? 'cn']),
    count: t.vocabulary.tapCount,
  };
  return { labels, words, blocks };
}
