import { describe, expect, test } from 'vitest';
import { chooseVariant } from '@/lib/choose-variant';
import { variantFromPath } from '@/lib/not-found-variant';

const ids = { simplified: 'zh-hans', traditional: 'zh-hant' };

test.each([
  [null, ['zh-TW'], 'zh-hant'],
  [null, ['zh-HK', 'en'], 'zh-hant'],
  [null, ['zh-MO'], 'zh-hant'],
  [null, ['zh-Hant-TW'], 'zh-hant'],
  [null, ['zh-Hant'], 'zh-hant'],
  [null, ['zh-CN'], 'zh-hans'],
  [null, ['zh'], 'zh-hans'],
  [null, ['zh-SG'], 'zh-hans'],
  [null, ['en-US', 'zh-TW'], 'zh-hant'],
  [null, ['en-US'], 'zh-hans'],
  [null, [], 'zh-hans'],
  ['zh-hant', ['zh-CN'], 'zh-hant'],
  ['zh-hans', ['zh-TW'], 'zh-hans'],
  ['bogus', ['zh-TW'], 'zh-hant'],
])('stored %s, languages %j → %s', (stored, languages, expected) => {
  expect(chooseVariant(stored, languages, ids)).toBe(expected);
});

test('is self-contained, so its source can be inlined as the redirect script', () => {
  const inlined = new Function(`return (${chooseVariant.toString()})`)() as typeof chooseVariant;
  expect(inlined(null, ['zh-TW'], ids)).toBe('zh-hant');
});

describe('variantFromPath (404 page)', () => {
  const ids = ['zh-hans', 'zh-hant'];
  test.each([
    ['/zh-hant/articles/nope/', 'zh-hant'],
    ['/zh-hans/', 'zh-hans'],
    ['/ZH-HANT/x', 'zh-hant'],
    ['/zh-hantx/', undefined],
    ['/en/articles/x/', undefined],
    ['/', undefined],
  ])('%s → %s', (path, expected) => expect(variantFromPath(path, ids)).toBe(expected));
});
