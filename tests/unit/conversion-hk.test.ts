import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createConverter } from '@/lib/script/converter';
import { dictionaryDir, loadDictionary, parseDictionary } from '@/lib/script/dictionary';
import { variantText } from '@/lib/script/text';
import { getVariant } from '@/lib/site/variants';
import { hkConversionCases } from './conversion-cases-hk';

const entries = loadDictionary('s2hk.tsv');
/** The converter alone (no quotes), to see what each entry changes. */
const toHk = createConverter({ from: 'cn', to: 'hk', phrases: entries });

describe('zh-hk conversion cases', () => {
  test.each(hkConversionCases.map((c) => [c.input, c] as const))('%s', (_, c) => {
    // As the site renders the zh-hk variant: OpenCC hk behind s2hk.tsv, corner quotes.
    expect(variantText(c.input, getVariant('zh-hk'))).toBe(c.expected);
  });
});

describe('s2hk.tsv', () => {
  test('parses with no problems', () => {
    const { problems } = parseDictionary(readFileSync(path.join(dictionaryDir(), 's2hk.tsv'), 'utf8'));
    expect(problems).toEqual([]);
  });

  test('every entry has a case: its source occurs in the input of a case', () => {
    const uncovered = entries.filter((e) => !hkConversionCases.some((c) => c.input.includes(e.source)));
    expect(uncovered.map((e) => `line ${e.line}: ${e.source}`)).toEqual([]);
  });

  test('every entry is needed: without it, one of its cases converts differently', () => {
    const redundant = entries.filter((entry) => {
      const without = createConverter({ from: 'cn', to: 'hk', phrases: entries.filter((e) => e !== entry) });
      return hkConversionCases
        .map((c) => c.input)
        .filter((text) => text.includes(entry.source))
        .every((text) => without(text) === toHk(text));
    });
    expect(redundant.map((e) => `line ${e.line}: ${e.source}`)).toEqual([]);
  });
});
