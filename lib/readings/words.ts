/**
 * Reviewed word readings (issue 32, the teachers' check): the generators misread whole words, not only the
 * polyphones reviewed occurrence by occurrence (内卷 nèijuàn, 大量 dàliáng, 提供 tígòng; Cantonese 槓桿 gung3,
 * 知識 zi3, and words read across a word boundary: 工作文化 as 作文, 從長遠看更會 as 看更). The table
 * (content/readings/words.yaml) gives a word's reading per character; the build applies it to every occurrence,
 * longest first, and an entry with a `context` only inside that context. Words are matched in the block's own
 * script and in its Simplified form (same length, so positions agree), so one entry serves all three editions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '@/lib/content/dir';

const syllables = z
  .string()
  .transform((value) => value.trim().split(/\s+/))
  .optional();

const entrySchema = z.object({
  word: z.string().min(1),
  /** A longer text around the word: the entry applies only where the word is inside it. */
  context: z.string().optional(),
  mandarin: syllables,
  cantonese: syllables,
  reason: z.string(),
});
export type WordEntry = z.infer<typeof entrySchema>;

export const wordsPath = (): string => path.join(contentDir(), 'readings', 'words.yaml');

export function loadWords(file: string = wordsPath()): WordEntry[] {
  if (!existsSync(file)) return [];
  const entries = z.array(entrySchema).parse(parse(readFileSync(file, 'utf8')));
  for (const entry of entries) {
    const length = [...entry.word].length;
    for (const reading of [entry.mandarin, entry.cantonese])
      if (reading && reading.length !== length)
        throw new Error(`content/readings/words.yaml: ${entry.word} has ${reading.length} readings`);
    if (entry.context !== undefined && !entry.context.includes(entry.word))
      throw new Error(`content/readings/words.yaml: ${entry.word}'s context ${entry.context} does not hold it`);
  }
  return entries;
}

/** Where a table's entries fall in a text: for each code point, the entry covering it and its index in the word. */
export type WordHits<T> = ({ entry: T; index: number } | undefined)[];

/**
 * Finds the entries in `text` (or in `alternate`, the same text in the other script, code point for code
 * point), longest first: a character already covered by a longer match keeps it (工作文化 before 文化).
 */
export function matchWords<T extends { word: string; context?: string }>(
  entries: readonly T[],
  text: string,
  alternate: string = text,
): WordHits<T> {
  const chars = [...text];
  const other = [...alternate].length === chars.length ? [...alternate] : chars;
  const hits: WordHits<T> = chars.map(() => undefined);
  const span = (entry: T) => [...(entry.context ?? entry.word)].length;
  const ordered = [...entries].sort((a, b) => span(b) - span(a));
  const at = (list: string[], from: number, what: string[]) => what.every((c, i) => list[from + i] === c);
  for (const entry of ordered) {
    const word = [...entry.word];
    const around = [...(entry.context ?? entry.word)];
    const offset = [...(entry.context ?? entry.word).slice(0, (entry.context ?? entry.word).indexOf(entry.word))]
      .length;
    for (let start = 0; start + around.length <= chars.length; start += 1) {
      if (!at(chars, start, around) && !at(other, start, around)) continue;
      const first = start + offset;
      if (word.some((_, i) => hits[first + i] !== undefined)) continue;
      word.forEach((_, i) => (hits[first + i] = { entry, index: i }));
    }
  }
  return hits;
}
