import { describe, expect, test } from 'vitest';
import { keepDashesWithWords } from '@/lib/translation/keep-dashes';
import { elementOnlyTransform } from './element-only-transform';

/** The HTML after the dashes are kept; the text itself must not change. */
const kept = (html: string) => elementOnlyTransform(html, keepDashesWithWords);

describe('keepDashesWithWords', () => {
  test('a closed em dash is tied to the word before it, the text unchanged', () => {
    expect(kept('<p>livestream—it’s October—and late</p>')).toBe(
      '<p>livestream<pq-k>—</pq-k>it’s October<pq-k>—</pq-k>and late</p>',
    );
  });

  test('a spaced dash, a dash after a space in another element and code are left alone', () => {
    const html = '<p>one — two <em>—three</em><code>a—b</code></p>';
    expect(kept(html)).toBe(html);
  });

  test('a quoted Chinese 破折号 is kept whole', () => {
    expect(kept('<p>“<span lang="zh-Hans">所谓——</span>”</p>')).toBe(
      '<p>“<span lang="zh-Hans">所谓<pq-k>—</pq-k><pq-k>—</pq-k></span>”</p>',
    );
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
