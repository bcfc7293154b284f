/**
 * The read-aloud player speaks a block's text as sentences, and a sentence longer than 200 characters as
 * clauses (lib/listen/utterances.ts): Chrome cuts an utterance off after about 15 s. The pieces must cover
 * the text in order, each at most 200 characters, and what is spoken must read naturally.
 */
import { describe, expect, test } from 'vitest';
import { maxUtteranceChars, speakable, utterances } from '@/lib/listen/utterances';

const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

describe('utterances', () => {
  test('Chinese sentences, one piece each, with their offsets', () => {
    const text = '当前，人工智能的浪潮以几何级速度推进。这种工作强度不是偶然！真的吗？';
    const pieces = utterances(text, 'zh-Hans');
    expect(pieces.map((p) => p.text)).toEqual([
      '当前，人工智能的浪潮以几何级速度推进。',
      '这种工作强度不是偶然！',
      '真的吗？',
    ]);
    for (const p of pieces) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  test('English sentences; whitespace between them is not part of either', () => {
    const pieces = utterances('It works. Mr Smith said so!  Then he left.', 'en');
    expect(pieces.map((p) => p.text)).toEqual(['It works.', 'Mr Smith said so!', 'Then he left.']);
  });

  test('a long Chinese sentence is cut at clause punctuation, each piece at most 200 characters', () => {
    const clause = '这种超越传统工作模式的强度不仅是技术爆发式迭代的必然结果，';
    const text = `${clause.repeat(20)}也是产业生态重构的反映。`;
    const pieces = utterances(text, 'zh-Hans');
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(maxUtteranceChars);
      // Cut right after a clause mark (the last piece ends the sentence).
      expect(p.text).toMatch(/[，。]$/);
    }
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  test('a long English sentence is cut at a comma or a space, never inside a word', () => {
    const text = `${'the quick brown fox jumps over the lazy dog and '.repeat(10)}stops.`;
    const pieces = utterances(text, 'en');
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(maxUtteranceChars);
      expect(text[p.end] ?? ' ').toMatch(/\s/);
    }
    expect(letters(pieces.map((p) => p.text).join(''))).toBe(letters(text));
  });

  test('a run of Han characters with no punctuation at all is still cut to 200, keeping a Latin word whole', () => {
    const text = `${'汉'.repeat(195)}OpenAI${'字'.repeat(100)}`;
    const pieces = utterances(text, 'zh-Hans');
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(maxUtteranceChars);
    expect(pieces.some((p) => p.text.includes('OpenAI'))).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  test('pieces with nothing to say are dropped', () => {
    expect(utterances(' 。 ', 'zh-Hans')).toEqual([]);
  });
});

describe('speakable', () => {
  test('Chinese quotation marks and book-title marks are not read; a dash pair is a pause', () => {
    expect(speakable('这种超越传统「996」的工作——从午夜至次日午夜', true)).toBe(
      '这种超越传统996的工作，从午夜至次日午夜',
    );
    expect(speakable('《人月神话》说', true)).toBe('人月神话说');
  });

  test('number ranges read as ranges', () => {
    expect(speakable('2020–2023年', true)).toBe('2020至2023年');
    expect(speakable('3~5人', true)).toBe('3至5人');
    expect(speakable('from 2020–2023', false)).toBe('from 2020 to 2023');
  });

  test('Latin names are set apart from Han characters; a name’s middle dot goes', () => {
    expect(speakable('Anthropic研究科学家乔什·巴特森坦言', true)).toBe('Anthropic 研究科学家乔什巴特森坦言');
    expect(speakable('在AI时代', true)).toBe('在 AI 时代');
  });

  test('English text is left as written', () => {
    expect(speakable('He said “every few months.”', false)).toBe('He said “every few months.”');
  });
});
