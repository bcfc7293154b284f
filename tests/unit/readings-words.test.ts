/**
 * The reviewed word readings and Taiwan's readings (issue 32; content/readings/words.yaml and taiwan.yaml):
 * every word the table covers is shown with the table's reading, in every edition and kind; an entry that
 * matches nothing in the essays fails (a dead entry: the text changed, or the entry was mistyped); Taiwan's
 * readings are on 臺灣 pages only; 一 and 不 are written in citation tones in pinyin and as spoken in zhuyin;
 * and the teachers' corrections are what the build writes.
 */
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/model';
import {
  blockOccurrences,
  citationTone,
  essayBlocks,
  essayReadings,
  readingTables,
  shownReading,
  type Occurrence,
} from '@/lib/readings/essay';
import { zhuyin } from '@/lib/readings/generate';
import { editionReadings } from '@/lib/readings/kinds';
import { loadReviewed, overridesOf } from '@/lib/readings/reviewed';
import { taiwanReading } from '@/lib/readings/taiwan';
import { scriptVariantIds, type ScriptVariantId } from '@/lib/site/variants';

const overrides = overridesOf(loadReviewed());
const tables = readingTables();
const occurrences: Occurrence[] = [];
for (const edition of scriptVariantIds)
  for (const article of getArticles(edition))
    for (const block of essayBlocks(article)) occurrences.push(...blockOccurrences(edition, article.slug, block));

describe('the word table', () => {
  it('is what the pages show, in every edition and kind', () => {
    const wrong: string[] = [];
    for (const o of occurrences) {
      if (!o.word) continue;
      // A reviewed override on the same occurrence must agree with the table: the page shows the override.
      const { mandarin, cantonese } = o.word;
      for (const kind of editionReadings[o.edition] ?? []) {
        const table = kind === 'jyutping' ? cantonese : mandarin;
        if (table === undefined) continue;
        const onPage = kind === 'jyutping' || o.edition !== 'zh-hant' ? table : taiwanReading(table, o.taiwan)!;
        const expected = kind === 'zhuyin' ? zhuyin(onPage) : citationTone(o.char, onPage, kind);
        const shown = shownReading(o, kind, overrides);
        if (shown !== expected) wrong.push(`${o.key} ${kind} ${o.char} …${o.context}…: ${shown}, table ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no dead entry: each matches the essays where its readings apply', () => {
    const used = new Set(
      occurrences
        .filter((o) => o.word && (o.word.mandarin !== undefined || o.word.cantonese !== undefined))
        .map((o) => o.word!.entry),
    );
    expect(tables.words.filter((entry) => !used.has(entry)).map((e) => e.context ?? e.word)).toEqual([]);
  });
});

describe("Taiwan's readings", () => {
  it('each entry changes a reading on 臺灣 pages', () => {
    const applied = new Set<string>();
    for (const o of occurrences) {
      if (o.edition !== 'zh-hant' || !o.taiwan) continue;
      const shown = shownReading(o, 'pinyin', overrides);
      if (shown === citationTone(o.char, o.taiwan.taiwan, 'pinyin'))
        applied.add(`${o.taiwan.mainland}>${o.taiwan.taiwan}`);
    }
    const dead = tables.taiwan.filter(
      (entry) => !entry.mainland.some((m, i) => applied.has(`${m}>${entry.taiwan[i]}`)),
    );
    expect(dead.map((entry) => entry.word)).toEqual([]);
  });

  it('are on 臺灣 pages only, in pinyin and zhuyin alike', () => {
    const at = (edition: ScriptVariantId, slug: string, kind: 'pinyin' | 'zhuyin') => {
      const article = getArticles(edition).find((a) => a.slug === slug)!;
      return essayReadings(article, overrides).files.get(kind)!;
    };
    // 企業 in the first paragraph of 《AI 离职信》: qǐ on the mainland, qì (ㄑㄧˋ) in Taiwan.
    expect(at('zh-hans', 'ai-resignation-letters', 'pinyin')['p-1']![0]).toBe('qǐ');
    expect(at('zh-hk', 'ai-resignation-letters', 'pinyin')['p-1']![0]).toBe('qǐ');
    expect(at('zh-hant', 'ai-resignation-letters', 'pinyin')['p-1']![0]).toBe('qì');
    expect(at('zh-hant', 'ai-resignation-letters', 'zhuyin')['p-1']![0]).toBe('ㄑㄧˋ');
  });
});

describe('一 and 不', () => {
  it('are in citation tones in pinyin and as spoken in zhuyin', () => {
    const sandhi: string[] = [];
    let spoken = 0;
    for (const o of occurrences) {
      if (o.char !== '一' && o.char !== '不') continue;
      for (const kind of editionReadings[o.edition] ?? []) {
        const shown = shownReading(o, kind, overrides);
        if (kind === 'pinyin' && ['yí', 'yì', 'bú'].includes(shown ?? '')) sandhi.push(`${o.key} ${shown}`);
        if (kind === 'zhuyin' && ['ㄧˊ', 'ㄧˋ', 'ㄅㄨˊ'].includes(shown ?? '')) spoken += 1;
      }
    }
    expect(sandhi).toEqual([]);
    expect(spoken).toBeGreaterThan(300);
  });
});

describe("the teachers' corrections", () => {
  // A few of each report's list (docs/decisions.md, "Readings"), as the build writes them.
  const cases: [ScriptVariantId, string, string, 'pinyin' | 'zhuyin' | 'jyutping', number, string][] = [
    ['zh-hans', 'accelerated-computing-era', 'p-4', 'pinyin', 25, 'liàng'], // 量子
    ['zh-hans', 'ai-strike-human-involution', 'p-45', 'pinyin', 24, 'gōng'], // 提供
    ['zh-hans', 'ai-race-002', 'p-9', 'pinyin', 57, 'diào'], // 强调
    ['zh-hans', 'good-bubble-ai-leverage', 'p-41', 'pinyin', 21, 'xuē'], // 削弱
    ['zh-hans', 'ai-strike-human-involution', 'p-4', 'pinyin', 16, 'juǎn'], // 内卷
    ['zh-hant', 'good-bubble-ai-leverage', 'p-37', 'zhuyin', 12, 'ㄏㄨㄟˋ'], // 更會計算
    ['zh-hant', 'accelerated-computing-era', 'p-13', 'zhuyin', 99, 'ㄩˋ'], // 參與
    ['zh-hk', 'ai-strike-human-involution', 'p-30', 'jyutping', 56, 'hon3'], // 從長遠看更會
    ['zh-hk', 'ai-strike-human-involution', 'p-30', 'jyutping', 57, 'gang3'],
    ['zh-hk', 'ai-race-002', 'p-10', 'jyutping', 35, 'man4'], // 工作文化
    ['zh-hk', 'ai-strike-human-involution', 'p-40', 'jyutping', 66, 'zi1'], // 知識
    ['zh-hk', 'good-bubble-ai-leverage', 'p-8', 'jyutping', 58, 'gong3'], // 槓桿
    ['zh-hk', 'ai-race-002', 'p-11', 'jyutping', 104, 'zung6'], // 繁重
    ['zh-hk', 'accelerated-computing-era', 'p-39', 'pinyin', 24, 'tóu'], // 今日頭條
  ];
  for (const [edition, slug, block, kind, index, reading] of cases)
    it(`${edition}/${slug}/${block}/${index} is ${reading}`, () => {
      const article = getArticles(edition).find((a) => a.slug === slug)!;
      expect(essayReadings(article, overrides).files.get(kind)![block]![index]).toBe(reading);
    });
});
