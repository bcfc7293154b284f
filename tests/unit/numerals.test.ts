import { expect, test } from 'vitest';
import { messages as en } from '@/lib/i18n/catalogue/en';
import { messages as hans } from '@/lib/i18n/catalogue/zh-hans';
import { englishCount, hanCount } from '@/lib/i18n/numerals';

test('counts in Chinese numerals, 1 to 99', () => {
  expect([1, 5, 10, 12, 20, 21, 99].map(hanCount)).toEqual(['一', '五', '十', '十二', '二十', '二十一', '九十九']);
  expect(() => hanCount(0)).toThrow(RangeError);
  expect(() => hanCount(100)).toThrow(RangeError);
});

test('counts in English words up to ten, in figures above', () => {
  expect(englishCount(5)).toBe('five');
  expect(englishCount(6, { capitalize: true })).toBe('Six');
  expect(englishCount(12)).toBe('12');
});

test('the interface says how many essays there are, not a number written into its text', () => {
  expect(hans.siteTagline(5)).toBe('五篇中文文章，关于人工智能与我们的工作');
  expect(hans.siteTagline(6)).toBe('六篇中文文章，关于人工智能与我们的工作');
  expect(en.siteTagline(6)).toMatch(/^Six Chinese essays/);
  expect(en.themesIntro(5)).toMatch(/^The five essays/);
});
