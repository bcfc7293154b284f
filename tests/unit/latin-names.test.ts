import { describe, expect, test } from 'vitest';
import { getSite } from '@/lib/model';
import { chineseNames, latinNames } from '@/lib/search/latin-names';

describe('Latin names a Chinese page also searches in Chinese (issue 28: "Musk" on zh-hans)', () => {
  test('a query names them in any case, with a possessive, among other words', () => {
    expect(chineseNames('Musk')).toBe('马斯克');
    expect(chineseNames("musk's")).toBe('马斯克');
    expect(chineseNames('Musk 泡沫')).toBe('马斯克 泡沫');
    expect(chineseNames('Jensen Huang')).toBe('黄仁勋');
    expect(chineseNames('the Musks')).toBe('the 马斯克');
    expect(chineseNames('Bezos')).toBe('贝索斯');
    expect(chineseNames('Muskrat')).toBeUndefined();
    expect(chineseNames('AI bubble')).toBeUndefined();
  });

  test('each Chinese form stands where the translation has the name, in the aligned paragraphs', () => {
    const { records, english } = getSite().search;
    const problems: string[] = [];
    for (const { latin, chinese } of latinNames) {
      // The name, its plural ("the Musks") or possessive, as the English index's stemming finds them.
      const word = new RegExp(`(?<![\\p{L}])${latin.replace(' ', '\\s+')}(?:['’]?s)?(?![\\p{L}])`, 'u');
      const withName = english.filter((r) => word.test(r.content)).map((r) => r.path);
      const withChinese = records.filter((r) => r.content.includes(chinese)).map((r) => r.path);
      const both = withChinese.filter((p) => withName.includes(p));
      // The Chinese form is found, and (almost) only where the translation has the name.
      if (withChinese.length === 0) problems.push(`${chinese} is in no Chinese paragraph`);
      else if (both.length / withChinese.length < 0.8)
        problems.push(
          `${chinese}: only ${both.length} of its ${withChinese.length} paragraphs have "${latin}" in English`,
        );
    }
    expect(problems).toEqual([]);
  });
});
