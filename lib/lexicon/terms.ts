/**
 * The essays' own words (content/lexicon/terms.yaml), reviewed: kept whole by the segmenter, some with a
 * gloss CC-CEDICT lacks, names marked so the vocabulary leaves them out.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '@/lib/content/dir';

const termSchema = z.strictObject({
  word: z
    .string()
    .regex(/^[\p{Script=Han}A-Za-z0-9]{1,16}$/u, 'a term is one word: Han characters (letters and digits allowed)'),
  en: z.string().trim().min(1).optional(),
  name: z.boolean().optional(),
});
export type LexiconTerm = z.infer<typeof termSchema>;

export const termsPath = (dir: string = contentDir()): string => path.join(dir, 'lexicon', 'terms.yaml');

export function loadTerms(dir: string = contentDir()): LexiconTerm[] {
  const file = termsPath(dir);
  if (!existsSync(file)) return [];
  return z.array(termSchema).parse(parse(readFileSync(file, 'utf8')) ?? []);
}
