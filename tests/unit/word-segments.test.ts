import { describe, expect, test } from 'vitest';
import { wordBreakOffsets, wordSegments } from '@/lib/text/word-segments';

const closing = /^[。，、：；？！）」』”’》…—]/u;
const opening = /[（「『“‘《]$/u;

describe('wordSegments', () => {
  test.each([
    ['“002”模式下的AI竞速：硅谷极限迭代', ['“002”模式', '下的', 'AI', '竞速：硅谷', '极限', '迭代']],
    ['AI（人工智能）在罢工，人类在“内卷”', ['AI（人工智能）在', '罢工，人类', '在“内卷”']],
    ['第一层：技术能力的跳跃式飞升。', ['第一层：技术', '能力', '的', '跳跃式', '飞升。']],
  ])('%s', (text, pieces) => expect(wordSegments(text)).toEqual(pieces));

  test('keeps words ICU splits into single characters whole (竞速, 硅谷, 退圈) and 人类', () => {
    const pieces = wordSegments('AI浪潮下的极限竞速：硅谷的人类在退圈');
    for (const word of ['竞速', '硅谷', '人类', '退圈']) expect(pieces.some((p) => p.includes(word))).toBe(true);
  });

  test('keeps the reviewed words ICU cuts whole (可|持续, 英伟|达, 马|斯克), and may break at their edges', () => {
    expect(wordSegments('未来工作范式的重塑：可持续创新')).toEqual(['未来', '工作', '范式的重塑：可持续', '创新']);
    expect(wordSegments('AI基建的加速：英伟达与')).toEqual(['AI', '基建', '的', '加速：英伟达', '与']);
    expect(wordSegments('AI杠杆与马斯克们的责任')).toEqual(['AI', '杠杆', '与', '马斯克', '们的', '责任']);
    expect(wordSegments('可持續創新')[0]).toBe('可持續');
  });

  test('keeps a number with the Han character beside it', () => {
    expect(wordSegments('2025年的第3章')).toEqual(['2025年的第3章']);
    expect(wordSegments('一、两年前的一个预言')).toEqual(['一、两年前', '的', '一个', '预言']); // ICU: 两|年前
    expect(wordSegments('五十万亿新大陆')).toEqual(['五十万亿', '新大陆']); // ICU: 五十|万亿|新|大陆
  });

  test('never cuts before a closing mark or after an opening one, nor next to a space', () => {
    const texts = [
      '为什么说，我们需一场“好的泡沫”？',
      '从“996”到“002”：硅谷工作文化的异化与深层反思',
      '個人謀轉型，破「卷」尋新機',
      '物理学家David Deutsch在《The Beginning of Infinity》中提出',
      'AI杠杆、马斯克与“被献祭”的普通人……',
    ];
    for (const text of texts) {
      const pieces = wordSegments(text);
      expect(pieces.join('')).toBe(text);
      pieces.slice(1).forEach((piece, i) => {
        expect(piece).not.toMatch(closing);
        expect(pieces[i]).not.toMatch(opening);
        expect(piece).not.toMatch(/^\s/);
        expect(pieces[i]).not.toMatch(/\s$/);
      });
    }
  });

  test('leaves text without Han characters whole', () => {
    expect(wordSegments('The AI race: “002” and the limits of work')).toEqual([
      'The AI race: “002” and the limits of work',
    ]);
    expect(wordSegments('')).toEqual([]);
  });
});

describe('wordBreakOffsets', () => {
  test('are the offsets between the pieces, in UTF-16 units', () => {
    expect(wordBreakOffsets('AI时代重新连接')).toEqual([2, 4, 6]);
    expect(wordBreakOffsets('Rewired')).toEqual([]);
    // A character outside the BMP counts two units, as in the DOM.
    expect(wordSegments('𠮷野家的牛肉饭')[0]).toBe('𠮷');
    expect(wordBreakOffsets('𠮷野家的牛肉饭')[0]).toBe(2);
  });
});
