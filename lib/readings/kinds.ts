/**
 * Readings on demand (issue 32, point 1): which romanisations or phonetic scripts each Chinese edition
 * offers, the files they are published in, and where the reader's choice is kept. Shared by the build
 * (scripts/postbuild/readings.ts), the page (components/ui/readings-choice.tsx) and the islands.
 */
import type { ScriptVariantId } from '@/lib/site/variants';

export const readingKinds = ['pinyin', 'zhuyin', 'jyutping'] as const;
export type ReadingKind = (typeof readingKinds)[number];

/**
 * What each edition offers, its first the one a paragraph's own control shows while the page-wide choice is
 * off: Mandarin pinyin on 简体 pages; pinyin or zhuyin (注音, what Taiwan's schools teach) on 臺灣 pages;
 * Cantonese Jyutping on 香港 pages, with pinyin there too. An edition not listed (a script variant added to
 * the registry alone, tests/unit/throwaway-variant.test.tsx) offers none until its readings are chosen here.
 */
export const editionReadings: Readonly<Partial<Record<ScriptVariantId, readonly ReadingKind[]>>> = {
  'zh-hans': ['pinyin'],
  'zh-hant': ['pinyin', 'zhuyin'],
  'zh-hk': ['jyutping', 'pinyin'],
};

/** The reader's choice: off, or one of the edition's kinds. */
export type ReadingChoice = 'off' | ReadingKind;

export function isReadingKind(value: string | null | undefined): value is ReadingKind {
  return (readingKinds as readonly string[]).includes(value ?? '');
}

/** The file of one kind's readings, next to the page (`/<variant>/articles/<slug>/readings-pinyin.json`). */
export const readingsFileName = (kind: ReadingKind): string => `readings-${kind}.json`;

/**
 * localStorage key of the choice, one per edition: a Hong Kong reader's Jyutping is no choice on a 简体 page.
 */
export const readingsPrefKey = (variant: string): string => `ai-work:readings:${variant}`;

/**
 * A published file: block id → that block's readings, one per Han character of its text in document order
 * (every text node of the block except its tools, hidden regional-wording alternatives included), `''`
 * where the generator has none.
 */
export interface ReadingsFile {
  readonly kind: ReadingKind;
  readonly blocks: Readonly<Record<string, readonly string[]>>;
}

/**
 * A Han character: a unified ideograph (any block, extensions included). Punctuation, digits, Latin and the
 * CJK symbols (〇, 々) get no reading and take no place in the alignment.
 */
export const isHan = (char: string): boolean => /^\p{Unified_Ideograph}$/u.test(char);
