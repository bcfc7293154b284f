import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { rehypeEnglishBlocks } from '@/lib/markdown/rehype-english-blocks';

const run = (html: string) =>
  toHtml(
    unified()
      .use(rehypeEnglishBlocks)
      .runSync(fromHtml(html, { fragment: true })) as Root,
  );

test('a paragraph or list item in Latin script with no Han character is marked English', () => {
  expect(run("<p>Nothing you do can stop time's unfolding.</p>")).toBe(
    '<p lang="en">Nothing you do can stop time\'s unfolding.</p>',
  );
  expect(run('<ul><li><em>Rewired</em> (2025)</li></ul>')).toBe('<ul><li lang="en"><em>Rewired</em> (2025)</li></ul>');
});

test('left alone: Chinese with Latin words, digits and marks only, a block with its own language, headings', () => {
  for (const html of [
    '<p>你受苦并变老。</p>',
    '<p>就像天才黑客George Hotz最近公开呼吁的</p>',
    '<p>2025。</p>',
    '<p lang="fr">Rien ne peut arrêter le temps.</p>',
    '<h2>Rewired</h2>',
    '<li>Rewired<ul><li>重新连接</li></ul></li>',
  ])
    expect(run(html)).toBe(html);
});
