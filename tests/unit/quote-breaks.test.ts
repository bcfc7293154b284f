import { describe, expect, test } from 'vitest';
import { breakOpportunities, splitAt } from '@/lib/text/break-opportunities';
import { quoteBreakOffsets } from '@/lib/text/quote-breaks';

/** The text with `|` at each offset. */
const mark = (text: string, offsets: readonly number[]) => splitAt(text, offsets).join('|');

describe('quoteBreakOffsets', () => {
  test.each([
    ['被称为“002”的极限工作模式', '被称为|“002”|的极限工作模式'],
    ['一个名为“Rewired”（重新连接）的项目', '一个名为|“Rewired”（重新连接）的项目'],
    ['日本其实非常“Fomo” AI，出租车上', '日本其实非常|“Fomo” AI，出租车上'],
    ['她写道：“The World You Knew”', '她写道：|“The World You Knew”'],
    ['从‘996’到‘002’', '从|‘996’|到|‘002’'],
    ['“AI浪潮下的极限竞速…”“从‘996’到‘002’…”', '“AI浪潮下的极限竞速…”|“从|‘996’|到|‘002’…”'],
    // Between Han characters too: engines without UAX #14 LB19a allow no break next to any quote.
    ['这种“内卷”并不限于', '这种|“内卷”|并不限于'],
    // After a dash or an ellipsis, kept whole (UAX #14 glues “ to the dash before it: a 4-em unit).
    ['口号——“时间就是金钱”——曾激励', '口号——|“时间就是金钱”——曾激励'],
    ['他说……“好”', '他说……|“好”'],
  ])('%s', (text, expected) => expect(mark(text, quoteBreakOffsets(text))).toBe(expected));

  test.each([
    ['“002”开头', '“002”|开头'], // nothing before the opening quote; after the closing one, Han
    ['模式”。', '模式”。'], // no break before 。
    ['（“Rewired”）', '（“Rewired”）'], // none after （ nor before ）
    ['说“好”，', '说|“好”，'], // none before ，
    ['Don’t panic, it’s “fine”', 'Don’t panic, it’s “fine”'], // English: apostrophes, quotes among Latin
    ['2“3”4', '2“3”4'],
  ])('no break next to the wrong neighbour: %s', (text, expected) =>
    expect(mark(text, quoteBreakOffsets(text))).toBe(expected),
  );

  test('never before closing punctuation nor after opening punctuation, on every mark in turn', () => {
    const closing = [...'。，、：；？！）」』”’》'];
    const opening = [...'（「『“‘《'];
    for (const c of closing)
      for (const o of opening) {
        const text = `字${o}“AI”${c}字“002”${c}`;
        for (const offset of quoteBreakOffsets(text)) {
          expect(closing).not.toContain(text[offset]);
          expect(opening).not.toContain(text[offset - 1]);
        }
      }
  });
});

describe('breakOpportunities', () => {
  test('headlines: word breaks and quote breaks, sorted, once each', () => {
    const text = '从“996”到“002”：硅谷工作文化的异化';
    expect(mark(text, breakOpportunities(text, { headline: true }))).toBe('从|“996”|到|“002”：硅谷|工作|文化|的异化');
  });
  test('other text: quote breaks only', () => {
    const text = '从“996”到“002”：硅谷工作文化的异化';
    expect(mark(text, breakOpportunities(text, { headline: false }))).toBe('从|“996”|到|“002”：硅谷工作文化的异化');
  });
  test('English has none', () => {
    expect(breakOpportunities('From “996” to “002”: Silicon Valley', { headline: true })).toEqual([]);
  });
});

describe('splitAt', () => {
  test('cuts at offsets strictly inside the text, in order; joined, the pieces are the text', () => {
    expect(splitAt('abcdef', [2, 4])).toEqual(['ab', 'cd', 'ef']);
    expect(splitAt('abcdef', [0, 2, 2, 6, 9])).toEqual(['ab', 'cdef']);
    expect(splitAt('', [])).toEqual(['']);
  });
});
