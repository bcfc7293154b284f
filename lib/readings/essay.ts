/**
 * An essay's readings in one edition, as published (scripts/postbuild/readings.ts) and as reviewed
 * (content/readings/reviewed.yaml, tests/unit/readings-reviewed.test.ts): the generators' output for each
 * block, aligned to its Han characters, with the reviewed overrides applied.
 */
import type { Article } from '@/lib/model/articles';
import { wrapRegionalWords } from '@/lib/regional/wrap';
import { toCanonical } from '@/lib/script/converters';
import type { ScriptVariantId } from '@/lib/site/variants';
import { readingBlocks, type ReadingBlock } from './blocks';
import { jyutpingReadings, pinyinReadings, zhuyin, type Readings } from './generate';
import { editionReadings, isHan, type ReadingKind } from './kinds';

/** A reviewed reading that differs from the generator's: what the page shows instead. */
export interface Override {
  readonly mandarin?: string;
  readonly cantonese?: string;
}
/** Overrides by occurrence key ({@link occurrenceKey}). */
export type Overrides = ReadonlyMap<string, Override>;

/** One Han character of a block, with its generated readings. */
export interface Occurrence {
  readonly key: string;
  readonly char: string;
  /** ±8 characters around it, in the block's text. */
  readonly context: string;
  readonly mandarin?: string;
  readonly cantonese?: string;
  readonly line?: number;
}

/** `zh-hant/ai-race-002/p-3/12`: edition, essay, block, index among the block's Han characters. */
export const occurrenceKey = (edition: string, slug: string, block: string, index: number): string =>
  `${edition}/${slug}/${block}/${index}`;

/** The blocks of an essay page, with the text its DOM has (both forms of a regional word). */
export function essayBlocks(article: Article): ReadingBlock[] {
  return readingBlocks(wrapRegionalWords(article.body, article.wording));
}

const simplified = (text: string, edition: ScriptVariantId) =>
  edition === 'zh-hans' ? text : toCanonical('zh-Hant-TW')(text);

/** Every Han character of a block with the generators' readings for the edition (Cantonese on 香港 pages). */
export function blockOccurrences(edition: ScriptVariantId, slug: string, block: ReadingBlock): Occurrence[] {
  const chars = [...block.text];
  const mandarin: Readings = pinyinReadings(block.text, simplified(block.text, edition));
  const cantonese: Readings | undefined = edition === 'zh-hk' ? jyutpingReadings(block.text) : undefined;
  const occurrences: Occurrence[] = [];
  chars.forEach((char, at) => {
    if (!isHan(char)) return;
    occurrences.push({
      key: occurrenceKey(edition, slug, block.id, occurrences.length),
      char,
      context: chars.slice(Math.max(0, at - 8), at + 9).join(''),
      mandarin: mandarin[at],
      cantonese: cantonese?.[at],
      line: block.line,
    });
  });
  return occurrences;
}

/** The reading a page shows for one occurrence in one kind: the override's, else the generator's. */
export function shownReading(occurrence: Occurrence, kind: ReadingKind, overrides: Overrides): string | undefined {
  const override = overrides.get(occurrence.key);
  if (kind === 'jyutping') return override?.cantonese ?? occurrence.cantonese;
  const mandarin = override?.mandarin ?? occurrence.mandarin;
  return mandarin && kind === 'zhuyin' ? zhuyin(mandarin) : mandarin;
}

/** A character without a reading, for the build's list (`file:line`). */
export interface Unread {
  readonly kind: ReadingKind;
  readonly occurrence: Occurrence;
}

/** One edition's files for an essay: block id → readings, per kind the edition offers; and what was unread. */
export function essayReadings(
  article: Article,
  overrides: Overrides,
): { files: Map<ReadingKind, Record<string, string[]>>; unread: Unread[] } {
  const edition = article.variant as ScriptVariantId;
  const kinds = editionReadings[edition] ?? [];
  const files = new Map<ReadingKind, Record<string, string[]>>(kinds.map((kind) => [kind, {}]));
  const unread: Unread[] = [];
  for (const block of essayBlocks(article)) {
    const occurrences = blockOccurrences(edition, article.slug, block);
    if (occurrences.length === 0) continue;
    for (const kind of kinds) {
      files.get(kind)![block.id] = occurrences.map((occurrence) => {
        const reading = shownReading(occurrence, kind, overrides);
        if (!reading) unread.push({ kind, occurrence });
        return reading ?? '';
      });
    }
  }
  return { files, unread };
}
