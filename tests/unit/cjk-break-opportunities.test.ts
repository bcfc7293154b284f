import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { getArticles } from '@/lib/model';
import { bodyBlocks } from '@/lib/markdown/body-blocks';
import { rehypeCjkBreakOpportunities } from '@/lib/markdown/rehype-cjk-break-opportunities';
import { rehypeCjkPunctuation } from '@/lib/markdown/rehype-cjk-punctuation';
import { rehypeKeepParagraphEnd } from '@/lib/markdown/rehype-keep-paragraph-end';
import { insertWbr, runText, textRuns } from '@/lib/markdown/text-runs';

const run = (tree: Root) => unified().use(rehypeCjkBreakOpportunities).runSync(tree);
const runBoth = (tree: Root) =>
  unified().use(rehypeCjkBreakOpportunities).use(rehypeCjkPunctuation).use(rehypeKeepParagraphEnd).runSync(tree);
const process = (html: string) => toHtml(run(fromHtml(html, { fragment: true })));

describe('rehypeCjkBreakOpportunities', () => {
  test.each([
    ['<p>被称为“002”的模式</p>', '<p>被称为<wbr>“002”<wbr>的模式</p>'],
    // Across inline elements: a break at the start of a text node goes just before it.
    ['<p>名为<a href="#x">“Rewired”</a>的项目</p>', '<p>名为<a href="#x"><wbr>“Rewired”</a><wbr>的项目</p>'],
    ['<p>她写道：<strong>“The World”</strong>。</p>', '<p>她写道：<strong><wbr>“The World”</strong>。</p>'],
    // Headings also break between words; paragraphs do not.
    ['<h2>Rewired：在AI时代重新连接</h2>', '<h2>Rewired：在<wbr>AI<wbr>时代<wbr>重新<wbr>连接</h2>'],
    ['<p>在AI时代重新连接</p>', '<p>在AI时代重新连接</p>'],
  ])('%s', (input, expected) => expect(process(input)).toBe(expected));

  test.each([
    '<p>为<code>“002”</code>的</p>', // code is left alone
    '<p>名为<span lang="en">“Rewired”</span>的</p>', // so is another language
    '<ul><li>名为<ul><li>“Rewired”</li></ul></li></ul>', // a nested block is a run of its own
    '<p>The “AI Exposure Index” (Webb)</p>',
  ])('leaves alone: %s', (html) => expect(process(html)).toBe(html));

  test('adds only elements: the text is unchanged', () => {
    const html = '<h2>从“996”到“002”：硅谷</h2><p>一个名为<a href="#">“Rewired”</a>（重新连接）的项目。</p>';
    const before = fromHtml(html, { fragment: true });
    expect(toString(run(structuredClone(before)))).toBe(toString(before));
  });
});

describe('textRuns and insertWbr', () => {
  test('runs follow the text across inline elements and stop at blocks, code and other languages', () => {
    const tree = fromHtml('<p>甲<em>乙</em>丙<code>x</code>丁</p><h2>戊<span lang="en">y</span>己</h2>', {
      fragment: true,
    });
    expect(textRuns(tree).map((r) => [r.block, runText(r)])).toEqual([
      ['p', '甲乙丙'],
      ['p', '丁'],
      ['h2', '戊'],
      ['h2', '己'],
    ]);
  });

  test('puts a <wbr> at each offset inside the run, none at its ends', () => {
    const tree = fromHtml('<p>ab<em>cd</em>ef</p>', { fragment: true });
    insertWbr(textRuns(tree)[0]!, [0, 1, 2, 5, 6]);
    expect(toHtml(tree)).toBe('<p>a<wbr>b<em><wbr>cd</em>e<wbr>f</p>');
  });
});

/** A block's text with `|` where it has a `<wbr>`. */
function marked(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'wbr') return '|';
  return node.children.map(marked).join('');
}

/** The tree without its `<wbr>`s, adjacent text nodes joined again: what the plugin was given. */
function withoutWbr(tree: Root): Root {
  const copy = structuredClone(tree);
  const clean = (children: ElementContent[]): ElementContent[] =>
    children.reduce<ElementContent[]>((out, child) => {
      if (child.type === 'element' && child.tagName === 'wbr') return out;
      // The punctuation pass (tests/unit/cjk-punctuation.test.tsx) runs after this one: its elements go too.
      if (child.type === 'element' && (child.tagName.startsWith('pq-') || child.tagName === 'keep-end'))
        return clean([...out, ...child.children]);
      if (child.type === 'element') child.children = clean(child.children);
      const last = out.at(-1);
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else out.push(child);
      return out;
    }, []);
  copy.children = clean(copy.children as ElementContent[]);
  return copy;
}

describe.each(['zh-hans', 'zh-hant'] as const)('every essay in %s', (variant) => {
  const articles = getArticles(variant);

  test('has break opportunities, never before a closing mark nor after an opening one', () => {
    let count = 0;
    for (const article of articles) {
      for (const block of bodyBlocks(article.body)) {
        const text = marked(block);
        count += text.split('|').length - 1;
        expect(text, `${article.slug}#${String(block.properties.id)}`).not.toMatch(/\|[。，、：；？！）」』”’》…—]/u);
        expect(text, `${article.slug}#${String(block.properties.id)}`).not.toMatch(/[（「『“‘《]\|/u);
        expect(text.replaceAll('|', '')).toBe(toString(block));
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  test('the plugin adds only <wbr>: the body is the plugins run on the body without them', () => {
    for (const article of articles) {
      const stripped = withoutWbr(article.body);
      expect(toString(stripped)).toBe(toString(article.body));
      expect(toHtml(runBoth(structuredClone(stripped)))).toBe(toHtml(article.body));
    }
  });
});

test('English bodies, built on the Chinese structure, keep none of its <wbr>', () => {
  for (const article of getArticles('en')) expect(toHtml(article.body)).not.toContain('<wbr>');
  for (const article of getArticles('zh-hans'))
    expect(toHtml(article.translation!.body), article.slug).not.toContain('<wbr>');
});
