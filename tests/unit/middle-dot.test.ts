import { describe, expect, test } from 'vitest';
import { isKeptDot } from '@/lib/text/middle-dot';

const keptDots = (text: string) => [...text].flatMap((_, i) => (isKeptDot(text, i) ? [i] : []));

describe('isKeptDot', () => {
  test.each([
    ['埃隆·马斯克', [2]],
    ['馬德哈維·塞瓦克', [4]],
    ['马丁·路德·金', [2, 5]],
    ['瑪麗‧奧利弗', [2]], // U+2027, as Taiwan sets it
    ['J·K·罗琳', [1, 3]],
    ['（2025/10/24）·检索', [12]],
    ['AI · 奇点', []], // after a space, which is the break
    ['·开头', []],
    ['甲，乙', []],
  ])('%s', (text, expected) => expect(keptDots(text)).toEqual(expected));
});
