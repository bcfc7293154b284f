import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { renderToStaticMarkup } from 'react-dom/server';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { WordBreaks } from '@/components/typesetting/word-breaks';
import { bodyBlocks } from '@/lib/markdown/body-blocks';
import { rehypeCjkPunctuation } from '@/lib/markdown/rehype-cjk-punctuation';
import { getArticles } from '@/lib/model';
import { wrapRegionalWords } from '@/lib/regional/wrap';
import { punctuationAdjustments } from '@/lib/text/punctuation-compression';

const run = (tree: Root) => unified().use(rehypeCjkPunctuation).runSync(tree);
const process = (html: string) => toHtml(run(fromHtml(html, { fragment: true })));
const adjusted = (text: string, headline = false) =>
  [...punctuationAdjustments(text, { headline })].map(([at, kind]) => `${text[at]}${kind}`);

describe('punctuationAdjustments', () => {
  test('an opening mark after a full-width mark loses its blank half', () => {
    expect(adjusted('明：“我')).toEqual(['：hang', '“start']);
    expect(adjusted('来，「奇')).toEqual(['，hang', '「start']);
    expect(adjusted('」（你')).toEqual(['」hang', '（start']);
    expect(adjusted('（“甲”）')).toEqual(['“start', '”end']);
  });

  test('a closing mark before a closing or a pause or stop mark loses its blank half', () => {
    expect(adjusted('“罢工”，并')).toEqual(['”end', '，hang']);
    expect(adjusted('「內卷」。')).toEqual(['」end']);
  });

  test('a pause or stop mark before a closing mark is left alone (centred in Traditional fonts)', () => {
    expect(adjusted('工作。”')).toEqual([]);
  });

  test('the last closing mark of a run hangs when text follows, not at the end or before digits', () => {
    expect(adjusted('甲，乙')).toEqual(['，hang']);
    expect(adjusted('甲，AI')).toEqual(['，hang']);
    expect(adjusted('甲。')).toEqual([]);
    expect(adjusted('甲。1')).toEqual([]);
  });

  test('an opening mark after a Han character, a Latin letter or a space is left alone', () => {
    expect(adjusted('突然“罢工')).toEqual([]);
    expect(adjusted('AI “罢工')).toEqual([]);
  });

  test('headlines: the leading opening mark is trimmed, nothing hangs', () => {
    expect(adjusted('“好的泡沫”：AI杠杆', true)).toEqual(['“start', '”end']);
    expect(adjusted('为什么说，我们需一场“好的泡沫”？', true)).toEqual(['”end']);
    expect(adjusted('“好的泡沫”：AI杠杆')).toEqual(['”end', '：hang']);
  });
});

describe('rehypeCjkPunctuation', () => {
  test.each([
    ['<p>声明：“我不能”</p>', '<p>声明<pq-h>：</pq-h><pq-s>“</pq-s>我不能<pq-l>”</pq-l></p>'],
    // Across inline elements: the mark is wrapped inside whatever holds it.
    [
      '<p>她写道：<a href="#x">“世界”</a>。</p>',
      '<p>她写道<pq-h>：</pq-h><a href="#x"><pq-s>“</pq-s>世界<pq-e>”</pq-e></a><pq-l>。</pq-l></p>',
    ],
    // The mark that ends a paragraph or list item hangs whole, inside an inline element too; a stop mark
    // before the last closing mark is left full.
    ['<p>你受苦并变老。</p>', '<p>你受苦并变老<pq-l>。</pq-l></p>'],
    ['<li>理解和维护<em>系统。”</em>\n</li>', '<li>理解和维护<em>系统。<pq-l>”</pq-l></em>\n</li>'],
    ['<p>（我最后五年的工作）。</p>', '<p>（我最后五年的工作<pq-e>）</pq-e><pq-l>。</pq-l></p>'],
    ['<p>所谓<em>“内卷”</em>，即</p>', '<p>所谓<em>“内卷<pq-e>”</pq-e></em><pq-h>，</pq-h>即</p>'],
    [
      '<p>如此。<sup><a href="#fn-1" data-footnote-ref="">1</a></sup>“好</p>',
      '<p>如此。<sup><a href="#fn-1" data-footnote-ref="">1</a></sup>“好</p>',
    ],
    ['<h2>“好的泡沫”：AI</h2>', '<h2><pq-s>“</pq-s>好的泡沫<pq-e>”</pq-e>：AI</h2>'],
    // Not a mark a note mark follows, nor one in another language, in code, in a heading or before a block.
    [
      '<p>如此。<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></p>',
      '<p>如此。<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></p>',
    ],
    ['<p>他说<span lang="ja">そう。</span></p>', '<p>他说<span lang="ja">そう。</span></p>'],
    ['<p lang="en">you suffer and get “old”</p>', '<p lang="en">you suffer and get “old”</p>'],
    ['<p>他说<q>好。</q></p>', '<p>他说<q>好。</q></p>'],
    ['<p>删去<del>这句。</del></p>', '<p>删去<del>这句<pq-l>。</pq-l></del></p>'],
    ['<p>甲。\n</p>', '<p>甲<pq-l>。</pq-l>\n</p>'],
    ['<p>见<code>甲。</code></p>', '<p>见<code>甲。</code></p>'],
    ['<h2>为什么？</h2>', '<h2>为什么？</h2>'],
    ['<li>第一，<ul><li>甲</li></ul></li>', '<li>第一，<ul><li>甲</li></ul></li>'],
    ['<p>甲<wbr>：<wbr>“乙</p>', '<p>甲<wbr><pq-h>：</pq-h><wbr><pq-s>“</pq-s>乙</p>'],
    // An interpunct in an element of its own (tied to the character before it: it may not start a line),
    // also after markup or a closing mark.
    ['<p>对于埃隆·马斯克这样</p>', '<p>对于埃隆<pq-k>·</pq-k>马斯克这样</p>'],
    ['<p>J·K·罗琳说</p>', '<p>J<pq-k>·</pq-k>K<pq-k>·</pq-k>罗琳说</p>'],
    ['<p><a href="#x">埃隆</a>·马斯克</p>', '<p><a href="#x">埃隆</a><pq-k>·</pq-k>马斯克</p>'],
    ['<p>（2025/10/24）·检索</p>', '<p>（2025/10/24）<pq-k>·</pq-k>检索</p>'],
  ])('%s', (input, expected) => expect(process(input)).toBe(expected));

  test.each([
    '<p>为<code>：“002”</code>的</p>', // code is left alone
    '<p>名为<span lang="en">“Rewired”, “AI”</span>的</p>', // so is another language
    '<p>AI · 奇点</p>', // a separator after a space: the space is the break
  ])('leaves alone: %s', (html) => expect(process(html)).toBe(html));

  test('adds only elements: the text is unchanged', () => {
    const html = '<h2>“好的泡沫”：硅谷</h2><p>一个名为<a href="#">“Rewired”</a>（重新连接），的项目。埃隆·马斯克</p>';
    const before = fromHtml(html, { fragment: true });
    expect(toString(run(structuredClone(before)))).toBe(toString(before));
  });
});

describe.each(['zh-hans', 'zh-hant', 'zh-hk'] as const)('every essay in %s', (variant) => {
  test('has its pairs compressed; block ids and text as before; the regional-wording layer still wraps', () => {
    let compressed = 0;
    for (const article of getArticles(variant)) {
      const html = toHtml(article.body);
      compressed += html.split('<pq-s>').length - 1;
      // No opening mark right after a full-width mark is left uncompressed.
      expect(html, article.slug).not.toMatch(/[，。、：；？！」』”）》](?:<wbr>)?[“‘「『（《]/u);
      const ids = bodyBlocks(article.body).map((b) => b.properties.id);
      expect(new Set(ids).size, article.slug).toBe(ids.length);
      // The regional-wording layer wraps every word it wrapped without the punctuation spans.
      const skipped = (body: Root) => {
        const words: string[] = [];
        wrapRegionalWords(body, article.wording, (id, swap) => words.push(`${id} ${swap.term}`));
        return words;
      };
      expect(skipped(article.body), article.slug).toEqual(skipped(withoutPunctuationSpans(article.body)));
    }
    expect(compressed).toBeGreaterThan(20);
  });
});

test('WordBreaks: a title or contents entry gets its <wbr>, its compressed marks and its regional words', () => {
  expect(renderToStaticMarkup(<WordBreaks text="“好的泡沫”：AI杠杆" />)).toBe(
    '<pq-s>“</pq-s>好的<wbr/>泡沫<pq-e>”</pq-e>：AI<wbr/>杠杆',
  );
  const html = renderToStaticMarkup(
    <WordBreaks text="軟件的重塑：可持續創新" swaps={[{ start: 0, end: 2, term: '软件', form: '軟體' }]} />,
  );
  expect(html).toBe(
    '<span class="rw" data-rw="软件"><span class="rw-a">軟件</span><span class="rw-r">軟體</span></span>' +
      '<wbr/>的重塑：可持續<wbr/>創新',
  );
});

/** The tree with every `pq-` element replaced by its text, adjacent text joined: what the pass was given. */
function withoutPunctuationSpans(tree: Root): Root {
  const clean = (children: ElementContent[]): ElementContent[] =>
    children.reduce<ElementContent[]>((out, child) => {
      const parts = child.type === 'element' && child.tagName.startsWith('pq-') ? child.children : [child];
      for (const part of parts) {
        if (part.type === 'element') part.children = clean(part.children);
        const last = out.at(-1);
        if (part.type === 'text' && last?.type === 'text') last.value += part.value;
        else out.push(part);
      }
      return out;
    }, []);
  const copy = structuredClone(tree);
  copy.children = clean(copy.children as ElementContent[]) as Root['children'];
  return copy;
}
