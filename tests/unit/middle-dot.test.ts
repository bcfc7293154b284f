import { describe, expect, test } from 'vitest';
import { nameDotOffsets } from '@/lib/text/middle-dot';

describe('nameDotOffsets', () => {
  test.each([
    ['埃隆·马斯克', [2]],
    ['馬德哈維·塞瓦克', [4]],
    ['马丁·路德·金', [2, 5]],
    ['瑪麗‧奧利弗', [2]], // U+2027, as Taiwan sets it
    ['AI · 奇点', []], // a separator, spaced
    ['Jensen·Huang', []],
    ['·开头', []],
    ['结尾·', []],
  ])('%s', (text, expected) => expect(nameDotOffsets(text)).toEqual(expected));
});
