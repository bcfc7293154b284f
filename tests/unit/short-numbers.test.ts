import { expect, test } from 'vitest';
import { shortNumberRuns } from '@/lib/text/short-numbers';

const cells = (text: string) => shortNumberRuns(text).map(([start, end]) => text.slice(start, end));

test.each([
  ['每周工作80小时', ['80']],
  ['5万亿，第1步、第2步', ['5', '1', '2']],
  ['1、2', ['1', '2']],
  ['“996”到“002”', []],
  ['2025年', []],
  ['3.5年，1,000人', []],
  ['5G和GPT-4o', []],
  ['90%的公司', []],
  ['12', ['12']],
])('%s → %j', (text, expected) => {
  expect(cells(text)).toEqual(expected);
});
