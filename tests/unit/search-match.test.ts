import { describe, expect, test } from 'vitest';
import { hasPhrase, matchParagraph, queryTerms, wordKey } from '@/lib/search/match';
import { rankResults } from '@/lib/search/rank';

const match = (text: string, query: string) => matchParagraph(text, queryTerms(query));
/** The marked substrings, for readable expectations. */
const marked = (text: string, query: string) => {
  const found = match(text, query);
  const chars = Array.from(text);
  return found && { kind: found.kind, marks: found.ranges.map(([s, e]) => chars.slice(s, e).join('')) };
};

describe('query terms', () => {
  test('split at spaces and punctuation, lower-cased, full-width letters made plain', () => {
    expect(queryTerms('  内卷，反内卷 ')).toEqual(['内卷', '反内卷']);
    expect(queryTerms('Universal Basic-Income')).toEqual(['universal', 'basic', 'income']);
    expect(queryTerms('ＡＩ泡沫')).toEqual(['ai泡沫']);
    expect(queryTerms('“996”')).toEqual(['996']);
    expect(queryTerms("Musk’s don't")).toEqual(['musk’s', "don't"]);
    expect(queryTerms('$& ！？')).toEqual([]);
  });

  test('English words are compared stemmed, numbers as written', () => {
    expect(wordKey('resignations')).toBe(wordKey('resigned'));
    expect(wordKey('Resignation')).toBe(wordKey('resign'));
    expect(wordKey('Musk’s')).toBe(wordKey('musk'));
    expect(wordKey('996')).toBe('996');
  });
});

describe('a paragraph is a result only when it holds the query', () => {
  test('nonsense and lone letters match nothing (Pagefind returned “X” for xqzzyyk)', () => {
    expect(match('风格贴近X平台用户的喜好。', 'xqzzyyk')).toBeUndefined();
    expect(match('M (Material Capital)：物质资本。', 'Musk')).toBeUndefined();
  });

  test('Latin terms match whole words, any case, stemmed', () => {
    expect(marked('Elon Musk’s pay package', 'musk')).toEqual({ kind: 'exact', marks: ['Musk’s'] });
    expect(marked('Sharma resigned; the resignations went on.', 'resignation')).toEqual({
      kind: 'exact',
      marks: ['resigned', 'resignations'],
    });
    expect(match('UBIQUITY of compute', 'UBI')).toBeUndefined();
    expect(match('OpenAI announced', 'AI')).toBeUndefined();
    expect(marked('AI泡沫与OpenAI', 'ai')).toEqual({ kind: 'exact', marks: ['AI'] });
    // An apostrophe inside a word keeps it one term, as in the text.
    expect(marked('Elon Musk’s pay; the Musks', 'Musk’s')).toEqual({ kind: 'exact', marks: ['Musk’s', 'Musks'] });
    // A typed straight apostrophe finds the text's curly one.
    expect(marked('We don’t know', "don't")).toEqual({ kind: 'exact', marks: ['don’t'] });
  });

  test('a character whose lower case is longer does not spoil case folding for the rest', () => {
    expect(marked('İ AI泡沫', 'ai泡沫')).toEqual({ kind: 'exact', marks: ['AI泡沫'] });
  });

  test('numbers match whole: 996 is not in 1996', () => {
    expect(match('成立于1996年', '996')).toBeUndefined();
    expect(marked('超越传统“996”的工作强度', '996')).toEqual({ kind: 'exact', marks: ['996'] });
  });

  test('Chinese terms match as written; a Latin edge must not continue a word', () => {
    expect(marked('AI泡沫正在膨胀', 'AI泡沫')).toEqual({ kind: 'exact', marks: ['AI泡沫'] });
    expect(match('OpenAI泡沫', 'AI泡沫')).toBeUndefined();
    expect(marked('内卷与反内卷', '内卷')).toEqual({ kind: 'exact', marks: ['内卷', '内卷'] });
  });

  test('every term must occur', () => {
    expect(match('全民基本收入是一种设想', '全民基本收入 马斯克')).toBeUndefined();
    expect(marked('马斯克谈全民基本收入', '全民基本收入 马斯克')).toEqual({
      kind: 'exact',
      marks: ['马斯克', '全民基本收入'],
    });
  });

  test('a Chinese term found only in its words is a partial match', () => {
    const text = '综合这些辞职声明，他们传递的信号可以归纳为三个层面。';
    expect(marked(text, '辞职信')).toEqual({ kind: 'partial', marks: ['辞职', '信'] });
    expect(marked('综合这些辞职信和公开声明', '辞职信')).toEqual({ kind: 'exact', marks: ['辞职信'] });
    // A one-word term has no parts to fall back on.
    expect(match('泡泡与气球', '泡沫')).toBeUndefined();
  });

  test('offsets are code points, so characters beyond the BMP do not shift the marks', () => {
    expect(marked('𠀋𠀋内卷', '内卷')).toEqual({ kind: 'exact', marks: ['内卷'] });
    expect(match('𠀋𠀋内卷', '内卷')!.ranges).toEqual([[2, 4]]);
  });
});

describe('ranking', () => {
  const candidate = (content: string, title = '', section = '') => ({ content, title, section });

  test('phrase first, then title or section, then more occurrences, then Pagefind’s order', () => {
    const terms = queryTerms('basic income');
    expect(hasPhrase('a basic income for all', terms)).toBe(true);
    expect(hasPhrase('income that is basic', terms)).toBe(false);
    const ranked = rankResults(
      [
        candidate('income that is basic'),
        candidate('income, basic, and income again'),
        candidate('basic income is proposed'),
        candidate('income and basic needs', 'Why a Basic Income'),
        candidate('nothing relevant', 'Basic Income'),
      ],
      terms,
    );
    expect(ranked.exact.map((r) => r.item.content)).toEqual([
      'basic income is proposed',
      'income and basic needs',
      'income, basic, and income again',
      'income that is basic',
    ]);
    expect(ranked.partial).toEqual([]);
  });

  test('metadata alone never makes a result', () => {
    const { exact, partial } = rankResults([candidate('别的内容', '人类内卷', '反内卷')], queryTerms('内卷'));
    expect([...exact, ...partial]).toEqual([]);
  });

  test('partial matches are kept apart from exact ones', () => {
    const { exact, partial } = rankResults(
      [candidate('他们传递的信号与辞职'), candidate('一封辞职信')],
      queryTerms('辞职信'),
    );
    expect(exact.map((r) => r.item.content)).toEqual(['一封辞职信']);
    expect(partial.map((r) => r.item.content)).toEqual(['他们传递的信号与辞职']);
  });
});
