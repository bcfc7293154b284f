import { describe, expect, test } from 'vitest';
import { getSite } from '@/lib/model';
import { loadDictionary } from '@/lib/script/dictionary';
import { searchMetaKey } from '@/lib/search/config';
import { createConverter } from '@/lib/script/converter';
import { canonicalVariant, getVariant, scriptVariants } from '@/lib/site/variants';
import { aligned, excerptPieces } from '@/lib/search/excerpt';
import { matchParagraph, queryTerms } from '@/lib/search/match';
import { loadQueryConverter, queryLocale } from '@/lib/search/query-script';

const show = (pieces: { text: string; mark: boolean }[]) =>
  pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('excerpts', () => {
  const marks = (text: string, query: string) => matchParagraph(text, queryTerms(query))?.ranges ?? [];

  test('the same offsets highlight the Traditional rendering', () => {
    const hans = '作为职场“内卷”的直接受害者，“打工人”理应奋起反击';
    const hant = '作為職場「內卷」的直接受害者，「打工人」理應奮起反擊';
    expect(aligned(hans, hant)).toBe(true);
    expect(show(excerptPieces(hant, marks(hans, '内卷')))).toBe(
      '作為職場「[內卷]」的直接受害者，「打工人」理應奮起反擊',
    );
  });

  test('long paragraphs are cut around the first match, at boundaries, with the Chinese ellipsis ……', () => {
    const text = `${'前'.repeat(100)}目标${'后'.repeat(100)}`;
    const out = show(excerptPieces(text, marks(text, '目标'), 30));
    expect(out.startsWith('……')).toBe(true);
    expect(out.endsWith('……')).toBe(true);
    expect(out).toContain('[目标]');
  });

  test('English results are cut between words, with one …', () => {
    const text = `${'word '.repeat(40)}Musk said so. ${'more words here '.repeat(20)}`;
    const out = show(excerptPieces(text, marks(text, 'Musk'), 40, 'en'));
    expect(out).toMatch(/^…word /);
    expect(out).toMatch(/[a-z.]…$/);
    expect(out).toContain('[Musk]');
    expect(out).not.toContain('……');
  });
});

describe('search records', () => {
  const { records, misaligned } = getSite().search;

  test('one record per body paragraph of every essay, in canonical text, every paragraph aligned', () => {
    expect(records.length).toBeGreaterThan(250);
    expect(misaligned).toEqual([]);
    expect(new Set(records.map((r) => r.meta.slug)).size).toBe(5);
    expect(records.every((r) => /^articles\/[a-z0-9-]+\/#p-\d+$/.test(r.path))).toBe(true);
    const ubi = records.filter((r) => r.content.includes('全民基本收入'));
    expect(new Set(ubi.map((r) => r.meta.slug))).toEqual(
      new Set(['ai-strike-human-involution', 'good-bubble-ai-leverage']),
    );
    expect(ubi.every((r) => r.meta.text_zh_hant!.includes('全民基本收入'))).toBe(true);
    expect(records.some((r) => r.content.includes('內卷'))).toBe(false);
  });
});

describe('search records of the English index', () => {
  const { english, records } = getSite().search;

  test('one record per translated paragraph, in English, with English title and section', () => {
    expect(english.length).toBeGreaterThan(250);
    expect(english.length).toBeLessThanOrEqual(records.length);
    expect(english.every((r) => /^articles\/[a-z0-9-]+\/#p-\d+$/.test(r.path))).toBe(true);
    expect(english.every((r) => !/\p{Script=Han}{4}/u.test(r.content.replace(/【懂】/g, '')))).toBe(true);
    const musk = english.filter((r) => /\bMusk\b/.test(r.content));
    expect(musk.length).toBeGreaterThan(5);
    expect(musk.every((r) => /^[\x20-\x7e\u2010-\u201f’…]+$/.test(r.meta[searchMetaKey('title', 'en')]!))).toBe(true);
  });
});

describe('query converter (shipped to the search page)', () => {
  test('brings Traditional queries to canonical Simplified, and leaves Simplified alone', async () => {
    const convert = await loadQueryConverter(loadDictionary('tw2s.tsv'));
    expect(convert('內卷')).toBe('内卷');
    expect(convert('辭職信')).toBe('辞职信');
    expect(convert('馬斯克')).toBe('马斯克');
    expect(convert('全民基本收入')).toBe('全民基本收入');
    expect(convert('马斯克 Google')).toBe('马斯克 Google');
  });

  test.each(scriptVariants.filter((v) => v.id !== canonicalVariant.id).map((v) => v.id))(
    "agrees with OpenCC's own conversion back from %s on every paragraph of that script",
    async (id) => {
      const from = queryLocale(getVariant(id).opencc);
      const convert = await loadQueryConverter(loadDictionary(`${from}2s.tsv`), from);
      const build = createConverter({ from, to: 'cn', phrases: loadDictionary(`${from}2s.tsv`) });
      const { records } = getSite().search;
      const key = searchMetaKey('text', id);
      const disagreements = records.filter((r) => convert(r.meta[key]!) !== build(r.meta[key]!)).map((r) => r.path);
      expect(disagreements).toEqual([]);
    },
  );
});
