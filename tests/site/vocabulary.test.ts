/**
 * Each essay's vocabulary over the built site (issue 32): a page and its TSV and CSV for every essay and
 * Chinese edition, linked from the essay's "About this essay"; every TSV line has as many tab-separated
 * fields as its `#columns:` header names, the TSV and the CSV parse (csv-parse) to the same table, and no field
 * holds a raw tab or line break.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { vocabularyFileName } from '@/lib/lexicon/export';
import { wordsFileName, type WordsFile } from '@/lib/lexicon/words-file';
import { hanChars, readingBlocks } from '@/lib/readings/blocks';
import { vocabularyPath } from '@/lib/site';
import { builtPages, fileFor, pageTree, referencesOf } from './built-site';
import { slugs, variantIds } from './site-facts';

const pages = builtPages();

describe('vocabularies', () => {
  for (const variant of variantIds) {
    for (const slug of slugs) {
      const page = vocabularyPath(variant, slug);
      it(`${variant}/${slug}: the page, linked from the essay and its 中英对照, with its TSV and CSV`, () => {
        expect(pages).toContain(page);
        for (const from of [`/${variant}/articles/${slug}/`, `/${variant}/articles/${slug}/bilingual/`])
          expect(
            referencesOf(from).map((r) => r.url),
            from,
          ).toContain(page);
        const links = referencesOf(page).map((r) => r.url);
        const tsvPath = `${page}${vocabularyFileName(slug, variant, 'tsv')}`;
        const csvPath = `${page}${vocabularyFileName(slug, variant, 'csv')}`;
        expect(links).toEqual(expect.arrayContaining([tsvPath, csvPath]));

        const tsv = readFileSync(fileFor(tsvPath)!, 'utf8');
        expect(tsv.endsWith('\n')).toBe(true);
        const lines = tsv.slice(0, -1).split('\n');
        expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
        expect(lines[2]).toMatch(/^#columns:Word\t/);
        expect(lines[3]).toMatch(/^#tags:\S+( \S+)*$/);
        const columns = lines[2]!.slice('#columns:'.length).split('\t');
        const rows = lines.slice(4);
        expect(rows.length).toBeGreaterThan(20);
        const uneven = rows
          .map((line, at) => ({ at: at + 5, fields: line.split('\t').length }))
          .filter((row) => row.fields !== columns.length);
        expect(uneven, `TSV lines with other than ${columns.length} fields`).toEqual([]);
        for (const row of rows) for (const field of row.split('\t')) expect(field).not.toMatch(/[\r\n]/);
        expect(rows.every((row) => row.split('\t')[0] !== '')).toBe(true);

        // Both parse to one table (a field with a double quote is quoted in both, as Anki reads it).
        const tsvTable = parse(rows.join('\n'), { delimiter: '\t' }) as string[][];
        const csv = parse(readFileSync(fileFor(csvPath)!, 'utf8'), { bom: true }) as string[][];
        expect(csv[0]).toEqual(columns);
        expect(csv.slice(1)).toEqual(tsvTable);
        for (const record of csv) for (const field of record) expect(field).not.toMatch(/[\t\r\n]/);
      });
    }
  }
});

describe('tap-a-word data', () => {
  for (const variant of variantIds) {
    for (const slug of slugs) {
      it(`${variant}/${slug}: every word sits on its own characters in the built page`, () => {
        const file = JSON.parse(
          readFileSync(fileFor(`/${variant}/articles/${slug}/${wordsFileName}`)!, 'utf8'),
        ) as WordsFile;
        const blocks = new Map(
          readingBlocks(pageTree(`/${variant}/articles/${slug}/`)).map((block) => [block.id, hanChars(block.text)]),
        );
        let checked = 0;
        const wrong: string[] = [];
        for (const [id, spans] of Object.entries(file.blocks)) {
          const han = blocks.get(id);
          expect(han, id).toBeDefined();
          for (let i = 0; i < spans.length; i += 3) {
            const [start, end, index] = [spans[i]!, spans[i + 1]!, spans[i + 2]!];
            const word = file.words[index]!;
            checked += 1;
            if (han!.slice(start, end).join('') !== hanChars(word.w).join('')) wrong.push(`${id} ${start}: ${word.w}`);
          }
        }
        expect(wrong).toEqual([]);
        expect(checked).toBeGreaterThan(500);
      });
    }
  }
});
