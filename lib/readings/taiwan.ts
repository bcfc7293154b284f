/**
 * Taiwan's own Mandarin readings on 臺灣 pages (issue 32): pinyin-pro reads as the mainland's 现代汉语词典
 * does, and Taiwan's standard (教育部《重編國語辭典修訂本》) differs in places: 企業 ㄑㄧˋ, 品質 ㄓˊ, 研究 ㄐㄧㄡˋ,
 * 任務 ㄖㄣˋ ㄨˋ (fewer neutral tones). content/readings/taiwan.yaml lists each difference that occurs in the
 * essays, as a word (a single character where the difference is the character's in every word) with the
 * mainland reading it replaces; it is applied to both pinyin and zhuyin on 臺灣 pages only, and only where the
 * reading shown would otherwise be that mainland one (休息 ㄒㄧㄡ ˙ㄒㄧ is not 信息's ㄒㄧ).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '@/lib/content/dir';

const syllables = z.string().transform((value) => value.trim().split(/\s+/));

const entrySchema = z.object({
  /** In Traditional characters, as 臺灣 pages write it. */
  word: z.string().min(1),
  context: z.string().optional(),
  mainland: syllables,
  taiwan: syllables,
  reason: z.string(),
});
export type TaiwanEntry = z.infer<typeof entrySchema>;

export const taiwanPath = (): string => path.join(contentDir(), 'readings', 'taiwan.yaml');

export function loadTaiwan(file: string = taiwanPath()): TaiwanEntry[] {
  if (!existsSync(file)) return [];
  const entries = z.array(entrySchema).parse(parse(readFileSync(file, 'utf8')));
  for (const entry of entries) {
    const length = [...entry.word].length;
    if (entry.mainland.length !== length || entry.taiwan.length !== length)
      throw new Error(`content/readings/taiwan.yaml: ${entry.word} needs ${length} readings on each side`);
  }
  return entries;
}

/** One character's Taiwan reading: what it replaces, and what it becomes. */
export interface TaiwanReading {
  /** The mainland reading or readings (`shí|shi`) it replaces. */
  readonly mainland: string;
  readonly taiwan: string;
}

/** The reading a 臺灣 page shows: Taiwan's where the entry's mainland reading is the one it would show. */
export const taiwanReading = (mainland: string | undefined, taiwan: TaiwanReading | undefined) =>
  taiwan && mainland !== undefined && taiwan.mainland.split('|').includes(mainland) ? taiwan.taiwan : mainland;
