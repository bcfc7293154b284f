/**
 * An essay's readings in one edition, as published (scripts/postbuild/readings.ts) and as reviewed
 * (content/readings/reviewed.yaml, tests/unit/readings-reviewed.test.ts): the generators' output for each
 * block, aligned to its Han characters, corrected in this order: the reviewed word table
 * (content/readings/words.yaml), the reviewed occurrence overrides, then on 臺灣 pages Taiwan's readings
 * (content/readings/taiwan.yaml); last, each kind's way of writing 一 and 不 ({@link citationTone}).
 */
import type { Article } from '@/lib/model/articles';
import { wrapRegionalWords } from '@/lib/regional/wrap';
import { toCanonical } from '@/lib/script/converters';
import type { ScriptVariantId } from '@/lib/site/variants';
import { readingBlocks, type ReadingBlock } from './blocks';
import { jyutpingReadings, pinyinReadings, zhuyin, type Readings } from './generate';
import { editionReadings, isHan, type ReadingKind } from './kinds';
import { loadTaiwan, taiwanReading, type TaiwanEntry, type TaiwanReading } from './taiwan';
import { loadWords, matchWords, type WordEntry } from './words';

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
  readonly edition: ScriptVariantId;
  readonly char: string;
  /** ±8 characters around it, in the block's text. */
  readonly context: string;
  readonly mandarin?: string;
  readonly cantonese?: string;
  /** The word table's readings where one of its words covers the character. */
  readonly word?: { readonly entry: WordEntry; readonly mandarin?: string; readonly cantonese?: string };
  /** On 臺灣 pages, Taiwan's reading where it differs from the mainland's. */
  readonly taiwan?: TaiwanReading;
  readonly line?: number;
}

/** The reviewed tables the build applies (loaded once). */
export interface ReadingTables {
  readonly words: readonly WordEntry[];
  readonly taiwan: readonly TaiwanEntry[];
}
let loaded: ReadingTables | undefined;
export const readingTables = (): ReadingTables => (loaded ??= { words: loadWords(), taiwan: loadTaiwan() });

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
export function blockOccurrences(
  edition: ScriptVariantId,
  slug: string,
  block: ReadingBlock,
  tables: ReadingTables = readingTables(),
): Occurrence[] {
  const chars = [...block.text];
  const readAs = simplified(block.text, edition);
  const mandarin: Readings = pinyinReadings(block.text, readAs);
  const cantonese: Readings | undefined = edition === 'zh-hk' ? jyutpingReadings(block.text) : undefined;
  const words = matchWords(tables.words, block.text, readAs);
  const taiwan = edition === 'zh-hant' ? matchWords(tables.taiwan, block.text) : [];
  const occurrences: Occurrence[] = [];
  chars.forEach((char, at) => {
    if (!isHan(char)) return;
    const word = words[at];
    const tw = taiwan[at];
    occurrences.push({
      key: occurrenceKey(edition, slug, block.id, occurrences.length),
      edition,
      char,
      context: chars.slice(Math.max(0, at - 8), at + 9).join(''),
      mandarin: mandarin[at],
      cantonese: cantonese?.[at],
      word: word && {
        entry: word.entry,
        mandarin: word.entry.mandarin?.[word.index],
        cantonese: edition === 'zh-hk' ? word.entry.cantonese?.[word.index] : undefined,
      },
      taiwan: tw && { mainland: tw.entry.mainland[tw.index]!, taiwan: tw.entry.taiwan[tw.index]! },
      line: block.line,
    });
  });
  return occurrences;
}

/**
 * 一 and 不 as each kind writes them. Pinyin in their citation tones (yī, bù), as dictionaries and the
 * pinyin orthography rules (GB/T 16159) write them: the learner reads the tone change as a rule. Zhuyin in the
 * tone spoken (一定 ㄧˊ ㄉㄧㄥˋ, 不錯 ㄅㄨˊ ㄘㄨㄛˋ), as Taiwan's dictionary and textbooks print it. pinyin-pro
 * writes the changed tones; this undoes them for pinyin. A neutral 不 (是不是 shì bu shì) stays neutral.
 */
export function citationTone(char: string, reading: string, kind: ReadingKind): string {
  if (kind !== 'pinyin') return reading;
  if (char === '一' && (reading === 'yí' || reading === 'yì')) return 'yī';
  if (char === '不' && reading === 'bú') return 'bù';
  return reading;
}

/** The Mandarin reading before Taiwan's and before 一/不: the override's, the word table's, the generator's. */
export const mainlandReading = (occurrence: Occurrence, overrides: Overrides): string | undefined =>
  overrides.get(occurrence.key)?.mandarin ?? occurrence.word?.mandarin ?? occurrence.mandarin;

/** The Mandarin reading of an occurrence on its page: Taiwan's on 臺灣 pages where it differs. */
export const mandarinReading = (occurrence: Occurrence, overrides: Overrides): string | undefined =>
  occurrence.edition === 'zh-hant'
    ? taiwanReading(mainlandReading(occurrence, overrides), occurrence.taiwan)
    : mainlandReading(occurrence, overrides);

/** The reading a page shows for one occurrence in one kind. */
export function shownReading(occurrence: Occurrence, kind: ReadingKind, overrides: Overrides): string | undefined {
  if (kind === 'jyutping')
    return overrides.get(occurrence.key)?.cantonese ?? occurrence.word?.cantonese ?? occurrence.cantonese;
  const mandarin = mandarinReading(occurrence, overrides);
  if (!mandarin) return undefined;
  return kind === 'zhuyin' ? zhuyin(mandarin) : citationTone(occurrence.char, mandarin, kind);
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
