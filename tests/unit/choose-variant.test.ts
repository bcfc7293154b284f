import { describe, expect, test } from 'vitest';
import { chooseVariant, chosenVariantExpression } from '@/lib/browser/choose-variant';
import { site } from '@/lib/site';
import { variantFromPath } from '@/lib/browser/not-found-variant';
import { variantChoices } from '@/lib/site/variants';

const ids = variantChoices();

test.each([
  [null, ['zh-TW'], 'zh-hant'],
  [null, ['zh-HK', 'en'], 'zh-hk'],
  [null, ['zh-MO'], 'zh-hk'],
  [null, ['zh-Hant-TW'], 'zh-hant'],
  [null, ['zh-Hant'], 'zh-hant'],
  [null, ['zh-Hant-HK'], 'zh-hk'],
  [null, ['zh-hk'], 'zh-hk'],
  ['zh-hk', ['zh-TW'], 'zh-hk'],
  [null, ['ZH-tw'], 'zh-hant'],
  [null, ['zh-CN'], 'zh-hans'],
  [null, ['zh'], 'zh-hans'],
  [null, ['zh-SG'], 'zh-hans'],
  [null, ['zh-Hans-HK'], 'zh-hans'],
  [null, ['zhx'], 'zh-hans'],
  // The first language the site has decides; English included.
  [null, ['en-US', 'zh-TW'], 'en'],
  [null, ['en-US'], 'en'],
  [null, ['en'], 'en'],
  [null, ['fr-FR', 'en-GB', 'zh-CN'], 'en'],
  [null, ['fr-FR', 'zh-TW', 'en'], 'zh-hant'],
  [null, ['fr-FR'], 'zh-hans'],
  [null, ['eng'], 'zh-hans'],
  [null, [], 'zh-hans'],
  // A remembered choice wins, English included.
  ['en', ['zh-TW'], 'en'],
  ['zh-hant', ['zh-CN'], 'zh-hant'],
  ['zh-hans', ['en-US'], 'zh-hans'],
  ['bogus', ['zh-TW'], 'zh-hant'],
])('stored %s, languages %j → %s', (stored, languages, expected) => {
  expect(chooseVariant(stored, languages, ids)).toBe(expected);
});

test('is self-contained, so its source can be inlined as the redirect script', () => {
  const inlined = new Function(`return (${chooseVariant.toString()})`)() as typeof chooseVariant;
  expect(inlined(null, ['zh-TW'], JSON.parse(JSON.stringify(ids)))).toBe('zh-hant');
  expect(inlined('en', ['zh-TW'], JSON.parse(JSON.stringify(ids)))).toBe('en');
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

test('the inline expression `/` and the 404 page run: remembered choice first, then the browser, storage errors as none', () => {
  const expression = chosenVariantExpression(variantChoices(), site.variantStorageKey);
  const run = (stored: string | null | Error, languages: string[]) =>
    new Function('localStorage', 'navigator', `return ${expression}`)(
      {
        getItem: (key: string) => {
          if (stored instanceof Error) throw stored;
          return key === site.variantStorageKey ? stored : null;
        },
      },
      { languages, language: languages[0] ?? '' },
    ) as string;
  expect(run('zh-hk', ['en-US'])).toBe('zh-hk');
  expect(run(null, ['zh-TW', 'en'])).toBe('zh-hant');
  expect(run(new Error('denied'), ['en-GB'])).toBe('en');
  expect(run('nonsense', [])).toBe('zh-hans');
});
