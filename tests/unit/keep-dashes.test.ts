import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { keepDashesWithWords } from '@/lib/translation/keep-dashes';

const paragraph = (...children: Element['children']): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children }],
});

describe('keepDashesWithWords', () => {
  test('a closed em dash is tied to the word before it, the text unchanged', () => {
    const tree = paragraph({ type: 'text', value: 'livestream—it’s October—and late' });
    keepDashesWithWords(tree);
    expect(toHtml(tree)).toBe('<p>livestream<pq-k>—</pq-k>it’s October<pq-k>—</pq-k>and late</p>');
  });

  test('a spaced dash, a dash opening a text, Chinese runs and code are left alone', () => {
    const tree = paragraph(
      { type: 'text', value: 'one — two ' },
      { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: '—three' }] },
      {
        type: 'element',
        tagName: 'span',
        properties: { lang: 'zh-Hans' },
        children: [{ type: 'text', value: '破折号——' }],
      },
      { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: 'a—b' }] },
    );
    const before = toHtml(tree);
    keepDashesWithWords(tree);
    expect(toHtml(tree)).toBe(before);
  });

  test('inside emphasis and links too', () => {
    const tree = paragraph({
      type: 'element',
      tagName: 'a',
      properties: { href: '#x' },
      children: [{ type: 'text', value: 'end—start' }],
    });
    keepDashesWithWords(tree);
    expect(toHtml(tree)).toBe('<p><a href="#x">end<pq-k>—</pq-k>start</a></p>');
  });
});
