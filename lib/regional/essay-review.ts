/**
 * The regional-wording layer's data for one essay (`content/regional/essays/<slug>.yaml`): every occurrence
 * of a term of the regional table in the essay's body, reviewed in its sentence, with the word Taiwan and
 * Hong Kong pages may show instead (or none: kept, with the reason). An occurrence is named by its block id
 * and a snippet of the block's text (`at`) that contains the term and occurs once in the block, so it
 * follows the block through edits elsewhere; a snippet that no longer fits is stale and is dropped from the
 * layer with a notice, like a stale translation.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { z } from 'zod';
import { ContentError, formatMessages } from '../content/errors';
import { contentDir } from '../content/dir';
import { readSource } from '../content/read-source';
import { validateYaml } from '../content/yaml';
import { bodyBlocks } from '../markdown/body-blocks';
import { isPin, regions, type Region, type RegionalTable } from './terms';
import { layerText } from './wrap';

const occurrenceSchema = z.strictObject({
  term: z.string().trim().min(1),
  at: z.string().min(1),
  // Not trimmed: "Google " before DeepMind keeps the two Latin words apart.
  tw: z.string().regex(/^\S/, 'a form starts with a character').optional(),
  hk: z.string().regex(/^\S/, 'a form starts with a character').optional(),
  note: z.string().trim().optional(),
});

export const essayReviewSchema = z.record(
  z.string().regex(/^[^\s]+$/, 'a block id, as in content/ids'),
  z.array(occurrenceSchema),
);

/** One reviewed occurrence, located in its block's canonical text. */
export interface Occurrence {
  readonly blockId: string;
  readonly term: string;
  /** Code-unit offsets of the term in the block's text (`layerText` of the canonical block). */
  readonly start: number;
  readonly end: number;
  /** The word each region's pages may show instead; absent: kept. */
  readonly forms: Partial<Record<Region, string>>;
}

export interface EssayReview {
  readonly path: string;
  readonly occurrences: readonly Occurrence[];
  /** Stale or missing reviews: listed by `npm run check:content`, never fatal (the layer leaves them out). */
  readonly notices: readonly string[];
}

export const reviewFile = (slug: string, dir: string = contentDir()) =>
  path.join(dir, 'regional', 'essays', `${slug}.yaml`);

/**
 * Every occurrence of a (non-pin) term of the table in a text: leftmost-longest, as OpenCC segments, so a
 * compound in the table is one occurrence of itself.
 */
export function findTerms(text: string, table: RegionalTable): { start: number; end: number; term: string }[] {
  const found: { start: number; end: number; term: string }[] = [];
  const terms = [...table.terms].sort((a, b) => b.cn.length - a.cn.length);
  for (let i = 0; i < text.length;) {
    const term = terms.find((t) => text.startsWith(t.cn, i));
    if (!term) {
      i += 1;
      continue;
    }
    if (!isPin(term)) found.push({ start: i, end: i + term.cn.length, term: term.cn });
    i += term.cn.length;
  }
  return found;
}

/** The canonical text of each body block, by id. */
export function blockTexts(body: Root): Map<string, string> {
  return new Map(bodyBlocks(body).map((node: Element) => [String(node.properties.id), layerText(node)]));
}

/**
 * Read and check an essay's review against its canonical body. Malformed entries (an unknown term or block,
 * a form in the wrong edition's place) throw a {@link ContentError}; stale and unreviewed occurrences are
 * notices. An essay without a review file has no layer (a notice when it has candidates).
 */
export function loadEssayReview(
  slug: string,
  body: Root,
  table: RegionalTable,
  dir: string = contentDir(),
): EssayReview {
  const file = reviewFile(slug, dir);
  const rel = path.relative(process.cwd(), file);
  const texts = blockTexts(body);
  const candidates = [...texts].flatMap(([blockId, text]) => findTerms(text, table).map((t) => ({ blockId, ...t })));
  if (!existsSync(file)) {
    const notices =
      candidates.length > 0
        ? [
            `${rel}: missing; ${candidates.length} occurrences of regional terms are not reviewed (the wording layer is off for this essay)`,
          ]
        : [];
    return { path: rel, occurrences: [], notices };
  }
  const source = readSource(file, 'yaml');
  source.path = rel;
  const { data, placeOf } = validateYaml(String(source.value), essayReviewSchema, source, {
    ruleId: 'regional',
    what: 'regional review',
  });
  const notices: string[] = [];
  const occurrences: Occurrence[] = [];
  const at = (keys: (string | number)[], reason: string) =>
    source.message(reason, { place: placeOf(keys), ruleId: 'regional', source: 'content' });
  for (const [blockId, entries] of Object.entries(data ?? {})) {
    const text = texts.get(blockId);
    if (text === undefined) {
      notices.push(`${rel}:${placeOf([blockId]).line}: block ${blockId} is not in the essay any more (stale review)`);
      continue;
    }
    entries.forEach((entry, i) => {
      const where = [blockId, i];
      const term = table.byCn.get(entry.term);
      if (!term || isPin(term)) return at(where, `"${entry.term}" is not a term of the regional table`);
      for (const region of regions) {
        if (entry[region] !== undefined && term[region] === undefined && entry[region] === entry.term)
          at(where, `${region}: "${entry[region]}" is the author's word: leave ${region} out to keep it`);
      }
      const first = text.indexOf(entry.at);
      const inside = entry.at.indexOf(entry.term);
      if (inside < 0) return at(where, `at "${entry.at}" does not contain "${entry.term}"`);
      if (first < 0 || text.indexOf(entry.at, first + 1) >= 0) {
        notices.push(
          `${rel}:${placeOf(where).line}: "${entry.at}" ${first < 0 ? 'is no longer' : 'occurs more than once'} in ${blockId} (stale review; the layer leaves it out)`,
        );
        return;
      }
      const start = first + inside;
      const forms: Partial<Record<Region, string>> = {};
      for (const region of regions) if (entry[region] !== undefined) forms[region] = entry[region];
      occurrences.push({ blockId, term: entry.term, start, end: start + entry.term.length, forms });
      return undefined;
    });
  }
  const problems = formatMessages(source);
  if (problems.length > 0) throw new ContentError(problems);
  const reviewed = new Set(occurrences.map((o) => `${o.blockId}:${o.start}`));
  const missing = candidates.filter((c) => !reviewed.has(`${c.blockId}:${c.start}`));
  for (const c of missing.slice(0, 20))
    notices.push(`${rel}: ${c.blockId}: "${c.term}" at ${c.start} is not reviewed (add it, kept or swapped)`);
  if (missing.length > 20) notices.push(`${rel}: … and ${missing.length - 20} more occurrences not reviewed`);
  const candidateAt = new Set(candidates.map((c) => `${c.blockId}:${c.start}:${c.term}`));
  const extra = occurrences.filter((o) => !candidateAt.has(`${o.blockId}:${o.start}:${o.term}`));
  for (const o of extra)
    notices.push(
      `${rel}: ${o.blockId}: "${o.term}" at ${o.start} is part of a longer term of the table (review that one)`,
    );
  const valid = occurrences.filter((o) => !extra.includes(o));
  return { path: rel, occurrences: valid, notices };
}
