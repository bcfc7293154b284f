import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createConverter } from '@/lib/script/converter';
import { dictionaryDir, loadDictionary, parseDictionary } from '@/lib/script/dictionary';
import { canonicalText, variantText } from '@/lib/script/text';
import { getVariant } from '@/lib/site/variants';
import { conversionCases } from './conversion-cases';

const hant = getVariant('zh-hant');
const hans = getVariant('zh-hans');

describe('conversion cases', () => {
  test.each(conversionCases.map((c) => [c.input, c] as const))('%s', (_, c) => {
    const canonical = canonicalText(c.input, c.script);
    expect(canonical).toBe(c.expected['zh-hans']);
    expect(variantText(canonical, hans)).toBe(c.expected['zh-hans']);
    expect(variantText(canonical, hant)).toBe(c.expected['zh-hant']);
  });
});

describe('phrase dictionaries', () => {
  const files = ['s2tw.tsv', 'tw2s.tsv'];

  test.each(files)('%s parses with no problems', (name) => {
    const { problems } = parseDictionary(readFileSync(path.join(dictionaryDir(), name), 'utf8'));
    expect(problems).toEqual([]);
    expect(() => loadDictionary(name)).not.toThrow();
  });

  test('every s2tw entry has a case: its source occurs in a case in canonical form', () => {
    const canonical = conversionCases.map((c) => c.expected['zh-hans']);
    const uncovered = loadDictionary('s2tw.tsv').filter((e) => !canonical.some((text) => text.includes(e.source)));
    expect(uncovered.map((e) => `line ${e.line}: ${e.source}`)).toEqual([]);
  });

  test.each([
    ['s2tw.tsv', 'cn', 'tw'],
    ['tw2s.tsv', 'tw', 'cn'],
  ] as const)('every %s entry is needed: without it, one of its cases converts differently', (name, from, to) => {
    const entries = loadDictionary(name);
    const full = createConverter({ from, to, phrases: entries });
    const inputs = conversionCases.map((c) => (from === 'cn' ? c.expected['zh-hans'] : c.input));
    const redundant = entries.filter((entry) => {
      const without = createConverter({ from, to, phrases: entries.filter((e) => e !== entry) });
      return inputs.filter((text) => text.includes(entry.source)).every((text) => without(text) === full(text));
    });
    expect(redundant.map((e) => `line ${e.line}: ${e.source}`)).toEqual([]);
  });

  test('every tw2s entry has a case: its source occurs in the input of a zh-Hant-TW case', () => {
    const inputs = conversionCases.filter((c) => c.script === 'zh-Hant-TW').map((c) => c.input);
    const uncovered = loadDictionary('tw2s.tsv').filter((e) => !inputs.some((text) => text.includes(e.source)));
    expect(uncovered.map((e) => `line ${e.line}: ${e.source}`)).toEqual([]);
  });
});

describe('parseDictionary', () => {
  const reasons = (text: string) => parseDictionary(text).problems.map((p) => `${p.line}: ${p.reason}`);

  test('reads entries, skipping comments and blank lines', () => {
    const { entries, problems } = parseDictionary('# header\n\n内卷\t內卷\n杠杆\t槓桿\n');
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { source: '内卷', target: '內卷', line: 3 },
      { source: '杠杆', target: '槓桿', line: 4 },
    ]);
  });

  test('unsorted', () => {
    expect(reasons('杠杆\t槓桿\n内卷\t內卷')).toEqual(['2: not sorted: "内卷" comes after "杠杆"']);
  });

  test('duplicate', () => {
    expect(reasons('内卷\t內卷\n内卷\t內捲')).toEqual(['2: duplicate entry "内卷" (first on line 1)']);
  });

  test('an identity entry is a pin, not a problem', () => {
    expect(reasons('制度\t制度')).toEqual([]);
  });

  test('bad line', () => {
    expect(reasons('内卷 內卷\n杠杆\t槓桿\textra\n\t槓桿')).toEqual([
      '1: expected "source<TAB>target"',
      '2: expected "source<TAB>target"',
      '3: expected "source<TAB>target"',
    ]);
  });

  test('length mismatch', () => {
    expect(reasons('内卷\t內卷化')).toEqual(['1: "内卷" and "內卷化" differ in length']);
  });
});

describe('createConverter', () => {
  const entry = (source: string, target: string) => ({ source, target, line: 1 });

  test('without overrides it is plain OpenCC', () => {
    expect(createConverter({ from: 'cn', to: 'tw' })('这句话点明了核心')).toBe('這句話點明瞭核心');
  });

  test('an override wins over OpenCC’s segmentation; the text around it still converts', () => {
    const convert = createConverter({ from: 'cn', to: 'tw', phrases: [entry('点明了', '點明了')] });
    expect(convert('这句话点明了核心')).toBe('這句話點明了核心');
  });

  test('an override cuts the text: OpenCC never sees a phrase across its boundary', () => {
    expect(createConverter({ from: 'cn', to: 'tw' })('提供制度')).toBe('提供製度');
    const convert = createConverter({ from: 'cn', to: 'tw', phrases: [entry('提供', '提供')] });
    expect(convert('为了提供制度保障')).toBe('為了提供制度保障');
  });

  test('the longest override wins', () => {
    const phrases = [entry('内卷', '內卷'), entry('内卷”提供', '內卷”提供')];
    const convert = createConverter({ from: 'cn', to: 'tw', phrases });
    expect(convert('“内卷”提供制度，内卷')).toBe('“內卷”提供制度，內卷');
  });
});
