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
