import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { keptEndStart, rehypeKeepParagraphEnd, rekeepBlockEnd } from '@/lib/markdown/rehype-keep-paragraph-end';
import { elementOnlyTransform } from './element-only-transform';

const run = (html: string) => elementOnlyTransform(html, rehypeKeepParagraphEnd());

describe('keptEndStart', () => {
  test.each([
    ['这是不是又一场即将破灭的郁金香狂热？', '狂热？'],
    ['你受苦并变老。', '变老。'],
    ['他们驾驭的AI系统。”', '系统。”'],
  ])('%s keeps %s', (text, kept) => {
    expect(text.slice(keptEndStart(text)!)).toBe(kept);
  });
  test('a one-character last word takes the word before it: at least two characters, whole words', () => {
    const text = '那么就去做。';
    const kept = text.slice(keptEndStart(text)!);
    expect([...kept.matchAll(/\p{Script=Han}/gu)].length).toBeGreaterThanOrEqual(2);
    expect(kept.endsWith('做。')).toBe(true);
  });
  test.each([['使用了ChatGPT。'], ['Hello world.'], ['']])('%s: no Han word at the end, nothing kept', (text) => {
    expect(keptEndStart(text)).toBeUndefined();
  });
});

describe('rehypeKeepParagraphEnd', () => {
  test('the last words and their marks go into <keep-end>, a note mark with them', () => {
    expect(run('<p>你受苦并变老。</p>')).toBe('<p>你受苦并<keep-end>变老。</keep-end></p>');
    expect(run('<p>理解和维护系统。”<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></p>')).toBe(
      '<p>理解和维护<keep-end>系统。”<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></keep-end></p>',
    );
  });
  test('across the punctuation elements; a short element at the cut goes in whole', () => {
    expect(run('<p>所谓的<em>内卷</em><pq-e>”</pq-e>。</p>')).toBe(
      '<p>所谓的<keep-end><em>内卷</em><pq-e>”</pq-e>。</keep-end></p>',
    );
  });
  test('left alone: a long element at the cut, a block inside, English, headings', () => {
    const long = '<p>见<a href="#x">一个很长很长的链接文本里面的词语</a>。</p>';
    expect(run(long)).toBe(long);
    const list = '<li>第一<ul><li>第二</li></ul></li>';
    expect(run(list)).toBe('<li>第一<ul><li><keep-end>第二</keep-end></li></ul></li>');
    expect(run('<p>The end.</p>')).toBe('<p>The end.</p>');
    expect(run('<h2>开场白</h2>')).toBe('<h2>开场白</h2>');
  });
});

test('a word marked after the fact (the regional-wording layer) is never cut: it goes into the kept end whole', () => {
  const tree = fromHtml('<p>以實現並行<keep-end>擴展。</keep-end></p>', { fragment: true }) as Root;
  const block = tree.children[0] as Element;
  rekeepBlockEnd(block, (b) => {
    // The marking sees the block's text as one node again, as the processor left it before keeping its end.
    expect(b.children).toHaveLength(1);
    expect(b.children[0]).toMatchObject({ type: 'text', value: '以實現並行擴展。' });
    b.children = [
      { type: 'text', value: '以實現' },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['rw'] },
        children: [{ type: 'text', value: '並行擴展' }],
      },
      { type: 'text', value: '。' },
    ];
  });
  expect(toHtml(tree)).toBe('<p>以實現<keep-end><span class="rw">並行擴展</span>。</keep-end></p>');
  const plain = fromHtml('<p>沒有保留的結尾</p>', { fragment: true }) as Root;
  rekeepBlockEnd(plain.children[0] as Element, () => undefined);
  expect(toHtml(plain)).toBe('<p>沒有保留的結尾</p>');
});
