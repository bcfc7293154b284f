import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { insertAutospaceBreaks } from '@/lib/markdown/autospace-breaks';
import { wrapRegionalWords } from '@/lib/regional/wrap';
import { elementOnlyTransform } from './element-only-transform';

const run = (html: string) => elementOnlyTransform(html, insertAutospaceBreaks);

describe('insertAutospaceBreaks', () => {
  test.each([
    ['<p>挑战。<span>谷歌</span>DeepMind研究员</p>', '<p>挑战。<span>谷歌<wbr></span>DeepMind研究员</p>'],
    ['<p>“好的<strong>泡沫</strong>AI杠杆”</p>', '<p>“好的<strong>泡沫<wbr></strong>AI杠杆”</p>'],
    ['<p>达到<a href="/x"><em>顶点</em></a>2025年</p>', '<p>达到<a href="/x"><em>顶点<wbr></em></a>2025年</p>'],
    // A Han character outside the Basic Multilingual Plane.
    ['<p><span>𠮷</span>AI</p>', '<p><span>𠮷<wbr></span>AI</p>'],
    // Once: a second pass (the regional layer's, over a block the build already marked) adds none.
    ['<p><span>谷歌<wbr></span>AI</p>', '<p><span>谷歌<wbr></span>AI</p>'],
  ])('at the end of an element ending in Han, before Latin or digits: %s', (html, expected) => {
    expect(run(html)).toBe(expected);
  });

  test.each([
    ['<p>挑战<span>谷歌</span>研究员</p>'], // Han follows
    ['<p>挑战<span>谷歌</span> DeepMind</p>'], // a space: a break opportunity of its own
    ['<p><pq-h>。</pq-h>AI公司</p>'], // a mark, not Han: no autospace there
    ['<p><span>Google</span>DeepMind</p>'], // Latin before
    ['<p>研究<sup><a href="#fn-1" data-footnote-ref="">注</a></sup>AI</p>'], // a note mark is not text to break at
    ['<p><span lang="en">谷歌</span>AI</p>'], // another language
    ['<h2><span>谷歌</span>AI</h2>'], // headings break only between words
  ])('none: %s', (html) => {
    expect(run(html)).toBe(html);
  });

  test('a regional word: each form ending in Han ends with one, a form ending in Latin does not', () => {
    const html =
      '<p>这些<span class="rw" data-rw="头部"><span class="rw-a">頭部</span><span class="rw-r">龍頭</span></span>AI公司</p>';
    expect(run(html)).toContain('<span class="rw-a">頭部<wbr></span><span class="rw-r">龍頭<wbr></span></span>AI公司');
    const google =
      '<p><span class="rw" data-rw="谷歌"><span class="rw-a">谷歌</span><span class="rw-r">Google</span></span>DeepMind</p>';
    expect(run(google)).toContain('<span class="rw-a">谷歌<wbr></span><span class="rw-r">Google</span></span>DeepMind');
  });

  test('a word the regional layer wraps inside a marked element takes the break inside its Han form only', () => {
    const body = fromHtml('<p id="p-1">见<strong>谷歌</strong>DeepMind。</p>', { fragment: true }) as Root;
    insertAutospaceBreaks(body);
    expect(toHtml(body)).toContain('<strong>谷歌<wbr></strong>DeepMind');
    const wrapped = wrapRegionalWords(body, { 'p-1': [{ start: 1, end: 3, term: '谷歌', form: 'Google' }] });
    expect(toHtml(wrapped)).toContain(
      '<strong><span class="rw" data-rw="谷歌"><span class="rw-a">谷歌<wbr></span><span class="rw-r">Google</span></span></strong>DeepMind',
    );
  });

  test('the regional-wording layer adds one where it wraps a word before Latin text', () => {
    const body = fromHtml('<p id="p-1">这也是谷歌DeepMind的研究员。</p>', { fragment: true }) as Root;
    const wrapped = wrapRegionalWords(body, { 'p-1': [{ start: 3, end: 5, term: '谷歌', form: 'Google' }] });
    const html = toHtml(wrapped);
    expect(html).toContain('<span class="rw-a">谷歌<wbr></span><span class="rw-r">Google</span></span>DeepMind');
    expect(toString(wrapped)).toBe('这也是谷歌GoogleDeepMind的研究员。');
  });
});
