// @vitest-environment jsdom
import { render } from '@testing-library/react';
import type { Root } from 'hast';
import { expect, test } from 'vitest';
import { ArticleBody } from '@/components/article/article-body';

test('renders hast as React elements, with text as text (never as HTML)', () => {
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: { id: 'p-1' },
        children: [
          { type: 'text', value: '文字 <img src=x onerror=alert(1)> 不是 HTML' },
          {
            type: 'element',
            tagName: 'sup',
            properties: {},
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: {
                  href: '#fn-1',
                  id: 'fnref-1',
                  dataFootnoteRef: true,
                  ariaDescribedBy: ['footnote-label'],
                },
                children: [{ type: 'text', value: '1' }],
              },
            ],
          },
        ],
      },
    ],
  };
  const { container } = render(<ArticleBody tree={tree} />);
  const paragraph = container.querySelector('p#p-1');
  expect(paragraph?.textContent).toBe('文字 <img src=x onerror=alert(1)> 不是 HTML1');
  expect(container.querySelector('img')).toBeNull();
  const ref = container.querySelector('a[data-footnote-ref]');
  expect(ref?.getAttribute('href')).toBe('#fn-1');
  expect(ref?.getAttribute('aria-describedby')).toBe('footnote-label');
});

test('each paragraph gets a ¶ permalink to its id, drawn by CSS so the text stays the author’s', () => {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'p', properties: { id: 'p-7' }, children: [{ type: 'text', value: '段落。' }] },
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '注释里的段落没有编号。' }] },
    ],
  };
  const { container } = render(<ArticleBody tree={tree} permalinkLabel="本段链接" />);
  const links = container.querySelectorAll('a[data-permalink]');
  expect(links).toHaveLength(1);
  expect(links[0]?.getAttribute('href')).toBe('#p-7');
  expect(links[0]?.getAttribute('aria-label')).toBe('本段链接');
  expect(container.querySelector('p#p-7')?.textContent).toBe('段落。');
});
