import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { keepDashesWithWords } from '@/lib/translation/keep-dashes';

/** The HTML after the dashes are kept (`before` parsed as a fragment). */
const kept = (before: string): string => {
  const tree = fromHtml(before, { fragment: true });
  keepDashesWithWords(tree);
  return toHtml(tree);
};

describe('keepDashesWithWords', () => {
  test('a closed em dash is tied to the word before it, the text unchanged', () => {
    expect(kept('<p>livestream—it’s October—and late</p>')).toBe(
      '<p>livestream<pq-k>—</pq-k>it’s October<pq-k>—</pq-k>and late</p>',
    );
  });

  test('a spaced dash, a dash after a space in another element, Chinese runs and code are left alone', () => {
    const html = '<p>one — two <em>—three</em><span lang="zh-Hans">破折号——</span><code>a—b</code></p>';
    expect(kept(html)).toBe(html);
  });

  test("after an element: emphasis, a link or a note mark before the dash; not at a block's start", () => {
    expect(kept('<p><em>word</em>—it and<sup>1</sup>——then</p><p>—opening</p>')).toBe(
      '<p><em>word</em><pq-k>—</pq-k>it and<sup>1</sup><pq-k>—</pq-k><pq-k>—</pq-k>then</p><p>—opening</p>',
    );
  });

  test('inside emphasis and links too', () => {
    expect(kept('<p><a href="#x">end—start</a></p>')).toBe('<p><a href="#x">end<pq-k>—</pq-k>start</a></p>');
  });
});
