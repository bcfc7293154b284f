// @vitest-environment jsdom
/**
 * What the read-aloud player reads of a page (islands/listen-player/blocks.ts): the essay's headings and
 * paragraphs in order, each without its note markers, paragraph tools or hidden words, and where each
 * piece is in the DOM; notes only when asked for, once, after the paragraph that first cites them.
 */
import { beforeEach, expect, test } from 'vitest';
import { blockText, rangeOf, readingBlocks, withNotes } from '@/islands/listen-player/blocks';

beforeEach(() => {
  document.documentElement.lang = 'zh-Hans';
  document.body.innerHTML = `
    <article>
      <div class="prose-zh">
        <p id="p-2"><span class="para-tools"><a class="pilcrow" href="#p-2"></a><button data-listen-from="p-2"></button></span>硅谷<span style="display: none">矽谷</span>AI界<sup><a href="#fn-1" data-footnote-ref>1</a></sup>正在加速。</p>
        <h2 id="一节">一节</h2>
        <p id="p-3">第二段<sup><a href="#fn-1" data-footnote-ref>1</a></sup>。</p>
        <p>没有编号的段落不读。</p>
        <section data-footnotes>
          <ol><li id="fn-1"><p>注释一 <a href="#fnref-1" data-footnote-backref>↩</a></p><details class="backrefs"><summary>↑ 返回正文</summary></details></li></ol>
        </section>
      </div>
    </article>`;
});

test('headings and numbered paragraphs, in order; notes only on request, once, after their first citation', () => {
  const ids = (blocks: { el: HTMLElement }[]) => blocks.map((b) => b.el.id);
  const blocks = readingBlocks(document, 'both');
  expect(ids(blocks)).toEqual(['p-2', '一节', 'p-3']);
  expect(ids(withNotes(blocks))).toEqual(['p-2', 'fn-1', '一节', 'p-3']);
  expect(blocks[0]!.locale).toBe('zh-Hans');
  expect(blocks[0]!.chinese).toBe(true);
});

test('a block’s text leaves out note markers, tools and what is hidden; a note leaves out its back links', () => {
  expect(blockText(document.getElementById('p-2')!).text).toBe('硅谷AI界正在加速。');
  expect(blockText(document.getElementById('fn-1')!).text.trim()).toBe('注释一');
});

test('a piece of the text maps back to its place in the DOM', () => {
  const text = blockText(document.getElementById('p-2')!);
  const start = text.text.indexOf('AI');
  // The range runs over the note marker inside the sentence (highlighted with it, never read).
  expect(rangeOf(text, start, text.text.length)?.toString()).toBe('AI界1正在加速。');
  expect(rangeOf(text, 0, 2)?.toString()).toBe('硅谷');
});
