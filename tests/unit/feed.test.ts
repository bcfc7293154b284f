// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { getArticles } from '@/lib/model';
import { feedXml } from '@/lib/views/feed';
import { variantIds } from '@/lib/site/variants';

const hostile = {
  title: 'Title <script>alert(1)</script> & “quotes” ]]> end',
  summary: 'Summary <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a>',
  author: 'Author <b>bold</b>',
};

/** What a feed reader shows for an RSS text field: its (CDATA) text, rendered as HTML. */
function rendered(html: string): { text: string; elements: number } {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  return { text: body.textContent ?? '', elements: body.querySelectorAll('*').length };
}

describe('feeds escape everything that is text', () => {
  test.each(variantIds)('a hostile title, summary and author reach a feed reader as text (%s)', (variant) => {
    const [first, ...rest] = getArticles(variant);
    const xml = feedXml(variant, [{ ...first!, ...hostile }, ...rest]);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const item = doc.querySelector('item')!;
    const title = rendered(item.querySelector('title')!.textContent!);
    expect(title).toEqual({ text: hostile.title, elements: 0 });
    const description = rendered(item.querySelector('description')!.textContent!);
    expect(description.elements).toBe(0);
    expect(description.text).toContain(hostile.summary);
    expect(description.text).toContain(hostile.author);
  });

  test('the real feeds are well-formed, with every essay', () => {
    for (const variant of variantIds) {
      const doc = new DOMParser().parseFromString(feedXml(variant, getArticles(variant)), 'application/xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelectorAll('item')).toHaveLength(getArticles(variant).length);
      for (const title of doc.querySelectorAll('item > title')) expect(rendered(title.textContent!).elements).toBe(0);
    }
  });
});
