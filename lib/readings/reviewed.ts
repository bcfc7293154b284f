/**
 * The review of the readings (content/readings/reviewed.yaml): every occurrence of a polyphonic character
 * in the essays, per edition, with the reading a careful reader gave it in context. Where that differs from
 * the generator's, `override: true` makes the page show the reviewed reading; the unit test
 * (tests/unit/readings-reviewed.test.ts) fails on an occurrence not reviewed, or whose generated reading
 * changed from the reviewed one without an override (a generator update, or edited text).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '@/lib/content/dir';
import type { Override, Overrides } from './essay';

const entrySchema = z.object({
  at: z.string(),
  char: z.string(),
  context: z.string(),
  mandarin: z.string(),
  cantonese: z.string().optional(),
  override: z.boolean().optional(),
  note: z.string().optional(),
});
export type ReviewedEntry = z.infer<typeof entrySchema>;

const fileSchema = z.object({
  /** The characters whose every occurrence is reviewed (in each edition's script). */
  polyphones: z.string(),
  occurrences: z.array(entrySchema),
});
export type Reviewed = z.infer<typeof fileSchema>;

export const reviewedPath = (): string => path.join(contentDir(), 'readings', 'reviewed.yaml');

/**
 * Parsed files by path, kept while the file's inode, size and times are unchanged. The file is 0.8 MB of YAML
 * (0.4 s to parse), and every essay page of every edition asks for it: the vocabulary step spent 8.6 of its
 * 15 s parsing it 20 times. An edited file is read again (only an edit that keeps the size within one tick of
 * the file system's clock would go unseen; nothing edits it while a build or a test reads it). Shared by every
 * caller: none may change what it returns.
 */
const parsed = new Map<string, { stamp: string; reviewed: Reviewed }>();

export function loadReviewed(file: string = reviewedPath()): Reviewed {
  if (!existsSync(file)) return { polyphones: '', occurrences: [] };
  const { ino, size, mtimeMs, ctimeMs } = statSync(file);
  const stamp = `${ino}:${size}:${mtimeMs}:${ctimeMs}`;
  const cached = parsed.get(file);
  if (cached?.stamp === stamp) return cached.reviewed;
  const reviewed = fileSchema.parse(parse(readFileSync(file, 'utf8')));
  parsed.set(file, { stamp, reviewed });
  return reviewed;
}

/** The overrides the build applies: the reviewed readings marked `override`. */
export function overridesOf(reviewed: Reviewed): Overrides {
  const overrides = new Map<string, Override>();
  for (const entry of reviewed.occurrences) {
    if (entry.override) overrides.set(entry.at, { mandarin: entry.mandarin, cantonese: entry.cantonese });
  }
  return overrides;
}
