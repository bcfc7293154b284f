/**
 * An essay's vocabulary as files to take away (issue 32): an Anki-importable TSV (Anki reads the `#` header
 * lines: separator, no HTML, the column names, tags for every note) and a CSV (RFC 4180). One row per word,
 * the same columns in both; a field never holds a tab or a line break (they become spaces), so every TSV
 * line has as many fields as the header names.
 */
import { editionReadings, type ReadingKind } from '@/lib/readings/kinds';
import type { ScriptVariantId } from '@/lib/site/variants';
import type { VocabularyEntry } from './vocabulary';

/** The files' names, in the vocabulary page's folder: `ai-race-002-zh-hk-vocabulary.tsv`. */
export const vocabularyFileName = (slug: string, variant: string, format: 'tsv' | 'csv'): string =>
  `${slug}-${variant}-vocabulary.${format}`;

const readingColumn: Record<ReadingKind, string> = { pinyin: 'Pinyin', zhuyin: 'Zhuyin', jyutping: 'Jyutping' };

/** Header and rows: the word as the edition writes it, its readings, meaning, forms, sentence, English, count. */
export function vocabularyTable(
  entries: readonly VocabularyEntry[],
  variant: ScriptVariantId,
): { header: string[]; rows: string[][] } {
  const kinds = editionReadings[variant] ?? [];
  const forms = entries[0]?.forms ?? [];
  const header = [
    'Word',
    ...kinds.map((kind) => readingColumn[kind]),
    'Meaning',
    ...forms.map((form) => `Form ${form.variant}`),
    'Sentence',
    'English',
    'Count',
  ];
  const rows = entries.map((entry) => [
    entry.word.shown,
    ...kinds.map((kind) => entry.word.readings[kind] ?? ''),
    entry.gloss.en,
    ...entry.forms.map((form) => (form.regional ? `${form.form} / ${form.regional}` : form.form)),
    entry.word.first.sentence,
    entry.english ?? '',
    String(entry.count),
  ]);
  return { header, rows: rows.map((row) => row.map(oneLine)) };
}

/** A field on one line: tabs and line breaks become spaces. */
export const oneLine = (field: string): string => field.replace(/[\t\r\n]+/g, ' ').trim();

/**
 * Anki reads its text files with a CSV reader: a field holding a double quote is quoted, its quotes doubled
 * (a gloss such as `"002" work mode` would otherwise lose its quotes, or run into the next field).
 */
const ankiField = (field: string): string => (field.includes('"') ? `"${field.replace(/"/g, '""')}"` : field);

/** Anki's import format: header lines, then tab-separated rows. `tags` are space-separated, no spaces inside. */
export function toTsv(table: { header: string[]; rows: string[][] }, tags: readonly string[]): string {
  const lines = [
    '#separator:tab',
    '#html:false',
    `#columns:${table.header.join('\t')}`,
    `#tags:${tags.map((tag) => tag.replace(/\s+/g, '_')).join(' ')}`,
    ...table.rows.map((row) => row.map(ankiField).join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * RFC 4180: CRLF line ends, a field with a comma, quote or line break quoted, quotes doubled. It starts with
 * a byte order mark: without it Excel reads UTF-8 as the system's code page and garbles the Chinese.
 */
export function toCsv(table: { header: string[]; rows: string[][] }): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
