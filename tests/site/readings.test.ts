/**
 * Readings on demand over the built site (issue 32): each Chinese essay's readings files are aligned to the
 * Han characters of its blocks as the built pages have them (the essay and its 中英对照 page), and no
 * reading is in the pages' HTML or in what search indexed (ruby is added in the browser only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readingBlocks, hanChars } from '@/lib/readings/blocks';
import { editionReadings, readingsFileName, type ReadingsFile } from '@/lib/readings/kinds';
import { getArticles } from '@/lib/model';
import { scriptVariantIds } from '@/lib/site/variants';
import { builtPages, fileFor, outDir, pageTree } from './built-site';

const readingsOf = (edition: string, slug: string, kind: string): ReadingsFile =>
  JSON.parse(
    readFileSync(path.join(outDir, edition, 'articles', slug, readingsFileName(kind as never)), 'utf8'),
  ) as ReadingsFile;

/** The essay's Chinese text on a page: its `.prose-zh` containers (not the page's other headings). */
function proseOf(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.includes('prose-zh')) {
      found.push(node);
      return SKIP;
    }
    return undefined;
  });
  return found;
}

describe('readings files', () => {
  for (const edition of scriptVariantIds) {
    for (const article of getArticles(edition)) {
      it(`${edition}/${article.slug}: one reading per Han character of every block, on both pages`, () => {
        for (const page of ['', 'bilingual/']) {
          const blocks = proseOf(pageTree(`/${edition}/articles/${article.slug}/${page}`))
            .flatMap((prose) => readingBlocks(prose))
            .filter((block) => hanChars(block.text).length > 0 && !block.id.startsWith('en-')); // the English's own
          expect(blocks.length).toBeGreaterThan(5);
          expect(editionReadings[edition]?.length, `${edition} offers readings`).toBeGreaterThan(0);
          for (const kind of editionReadings[edition] ?? []) {
            const file = readingsOf(edition, article.slug, kind);
            expect(Object.keys(file.blocks).sort()).toEqual(blocks.map((b) => b.id).sort());
            for (const block of blocks) {
              const readings = file.blocks[block.id]!;
              expect(readings.length, `${block.id}`).toBe(hanChars(block.text).length);
              expect(
                readings.every((r) => r !== ''),
                `${block.id} has a character without a reading`,
              ).toBe(true);
            }
          }
        }
      });
    }
  }

  it('a sample reads right in place: p-3 of ai-race-002 opens with 当前 in every edition', () => {
    expect(readingsOf('zh-hans', 'ai-race-002', 'pinyin').blocks['p-3']!.slice(0, 2)).toEqual(['dāng', 'qián']);
    expect(readingsOf('zh-hant', 'ai-race-002', 'zhuyin').blocks['p-3']!.slice(0, 2)).toEqual(['ㄉㄤ', 'ㄑㄧㄢˊ']);
    expect(readingsOf('zh-hk', 'ai-race-002', 'jyutping').blocks['p-3']!.slice(0, 2)).toEqual(['dong1', 'cin4']);
  });

  it("as published: Taiwan's readings on 臺灣 pages only, the teachers' corrections, 一/不 per kind", () => {
    // 企業 opens p-1 of ai-resignation-letters: qǐ on the mainland, ㄑㄧˋ/qì in Taiwan (MOE).
    expect(readingsOf('zh-hans', 'ai-resignation-letters', 'pinyin').blocks['p-1']![0]).toBe('qǐ');
    expect(readingsOf('zh-hk', 'ai-resignation-letters', 'pinyin').blocks['p-1']![0]).toBe('qǐ');
    expect(readingsOf('zh-hant', 'ai-resignation-letters', 'pinyin').blocks['p-1']![0]).toBe('qì');
    expect(readingsOf('zh-hant', 'ai-resignation-letters', 'zhuyin').blocks['p-1']![0]).toBe('ㄑㄧˋ');
    // 职场人却愈发内卷: juǎn (the word table), 槓桿 gong3.
    expect(readingsOf('zh-hans', 'ai-strike-human-involution', 'pinyin').blocks['p-4']![16]).toBe('juǎn');
    expect(readingsOf('zh-hk', 'good-bubble-ai-leverage', 'jyutping').blocks['p-8']![58]).toBe('gong3');
    // 一/不: citation tones in every pinyin file, the spoken tone in zhuyin (aligned as the island aligns).
    let spoken = 0;
    for (const edition of scriptVariantIds)
      for (const article of getArticles(edition)) {
        const blocks = proseOf(pageTree(`/${edition}/articles/${article.slug}/`)).flatMap((p) => readingBlocks(p));
        for (const kind of editionReadings[edition] ?? []) {
          const file = readingsOf(edition, article.slug, kind);
          for (const block of blocks) {
            const readings = file.blocks[block.id] ?? [];
            hanChars(block.text).forEach((char, i) => {
              if (char !== '一' && char !== '不') return;
              const changed = ['yí', 'yì', 'bú', 'ㄧˊ', 'ㄧˋ', 'ㄅㄨˊ'].includes(readings[i] ?? '');
              if (kind === 'pinyin') expect(changed, `${edition}/${article.slug}/${block.id}/${i}`).toBe(false);
              if (kind === 'zhuyin' && changed) spoken += 1;
            });
          }
        }
      }
    expect(spoken).toBeGreaterThan(300);
  });
});

describe('readings stay out of the text', () => {
  it('no built page has ruby', () => {
    for (const page of builtPages()) expect(readFileSync(fileFor(page)!, 'utf8')).not.toMatch(/<r[tp]\b|<ruby\b/);
  });

  it('search indexed no reading', () => {
    const dir = path.join(outDir, 'pagefind', 'fragment');
    expect(existsSync(dir)).toBe(true);
    const sample = readingsOf('zh-hans', 'ai-race-002', 'pinyin').blocks['p-3']!.slice(0, 4).join(' ');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.pf_fragment'))) {
      const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
      expect(text).not.toContain(sample);
      expect(text).not.toMatch(/[\u3105-\u3129]{2}/); // zhuyin
      expect(text).not.toMatch(/\b(?:[a-z]+[1-6] ){4}/); // Jyutping
    }
  });
});
