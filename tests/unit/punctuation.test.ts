import { describe, expect, test } from 'vitest';
import { normalizePunctuation, toCornerQuotes } from '@/lib/text/punctuation';

const one = (text: string) => normalizePunctuation([text])[0];

describe('normalizePunctuation', () => {
  test.each([
    ['模式下的AI竞速:硅谷极限迭代', '模式下的AI竞速：硅谷极限迭代'],
    ['他说,我们走吧!', '他说，我们走吧！'],
    ['难道奇点真的要到了?', '难道奇点真的要到了？'],
    ['第一;第二', '第一；第二'],
    ['AI(人工智能)在罢工', 'AI（人工智能）在罢工'],
    ['《纽约杂志》(New York Magazine)刚刚', '《纽约杂志》（New York Magazine）刚刚'],
    ['本文来自微信公众号: 不懂经 ,作者:不懂经也叔的Rust', '本文来自微信公众号：不懂经，作者：不懂经也叔的Rust'],
    ['她写道:"OpenAI似乎已经不再"', '她写道：“OpenAI似乎已经不再”'],
    ['一种全新的"文学体裁"', '一种全新的“文学体裁”'],
    ['Claude 4.5,成为', 'Claude 4.5，成为'],
  ])('%s', (input, expected) => expect(one(input)).toBe(expected));

  test.each([
    'Tragedies happen;people get hurt or die;and you suffer and get old.',
    'https://www.youtube.com/watch?v=uRPqTkmIeAY',
    'GPT-5 (2025), Claude 4.5',
    '1,000,000 and 12:30',
    'He said "hello" (twice).',
  ])('leaves English, numbers and URLs alone: %s', (input) => expect(one(input)).toBe(input));

  test('sees across run boundaries and keeps the number of runs', () => {
    expect(normalizePunctuation(['他说', ',', '我们']).join('|')).toBe('他说|，|我们');
    expect(normalizePunctuation(['术语', '(English: term)']).join('|')).toBe('术语|（English: term）');
  });
});

describe('toCornerQuotes', () => {
  test.each([
    ['“内卷”与‘躺平’', '「内卷」与『躺平』'],
    ['他说：“她说‘走’。”', '他说：「她说『走』。」'],
    ['“Don’t panic”', '「Don’t panic」'],
    ['创新比‘内卷’更重要', '创新比『内卷』更重要'],
  ])('%s', (input, expected) => expect(toCornerQuotes(input)).toBe(expected));
});
