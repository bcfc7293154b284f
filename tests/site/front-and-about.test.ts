/**
 * Issue 13, over the built HTML: the front page (导读, then the essays in reading order with labelled bylines
 * and covers) and the About page (policies, every source, how to report an error) in every edition. What
 * needs a browser (the cover's tap, the first screen on a phone, the measure) is tests/e2e/front-and-about.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { getArticles, getGuide } from '@/lib/model';
import { variantIds } from '@/lib/site/variants';
import { fileFor } from './built-site';
import { slugs } from './site-facts';

/** A built page as a document (jsdom: CSS selectors as a browser reads them, no layout). */
function documentOf(urlPath: string): Document {
  const file = fileFor(urlPath);
  if (!file) throw new Error(`no file for ${urlPath}`);
  return new JSDOM(readFileSync(file, 'utf8')).window.document;
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe.each(variantIds)('%s', (variant) => {
  test('front page: the 导读, then every essay in its reading order with a labelled byline and its cover', () => {
    const doc = documentOf(`/${variant}/`);
    const guide = getGuide(variant);
    expect(text(doc.querySelector('[data-guide] h2'))).toBe(guide.title);
    expect(doc.querySelectorAll('[data-guide] p').length).toBeGreaterThanOrEqual(2);
    const order = guide.data.readingOrder;
    expect(order).toHaveLength(slugs.length);
    const items = [...doc.querySelectorAll('[data-essay-list] > li')];
    expect(items.map((li) => li.getAttribute('data-essay'))).toEqual(order);

    const articles = new Map(getArticles(variant).map((a) => [a.slug, a]));
    for (const [i, slug] of order.entries()) {
      const article = articles.get(slug)!;
      const item = items[i]!;
      expect(item.querySelector('h3 a')?.getAttribute('href'), slug).toBe(`/${variant}/articles/${slug}/`);
      expect(item.querySelector('.cover-art'), slug).not.toBeNull();
      expect(text(item.querySelector('.cover-label')), slug).toBe(article.short);
      const byline = item.querySelector('[data-byline]')!;
      expect(text(byline.querySelector('[data-byline-author]')), slug).toContain(article.author);
      expect(text(byline.querySelector('[data-byline-author] .byline-label')), slug).not.toBe('');
      const outlet = byline.querySelector('[data-byline-outlet]');
      if (article.outlet) expect(text(outlet), slug).toContain(article.outlet);
      else expect(outlet, slug).toBeNull();
      // A date, or the honest "not given in the source".
      expect(byline.querySelectorAll(article.date ? 'time' : '[data-byline-undated]'), slug).toHaveLength(1);
      expect(byline.querySelectorAll('[data-byline-translator]'), slug).toHaveLength(variant === 'en' ? 1 : 0);
      // Never the same name twice.
      expect(text(byline).split(article.author).length - 1, text(byline)).toBe(1);
      expect(item.querySelectorAll('[data-leading-themes] a').length, slug).toBeGreaterThan(0);
    }
  });

  test('About: policies, every source, how to report an error', () => {
    const doc = documentOf(`/${variant}/about/`);
    expect(doc.querySelectorAll('main h1')).toHaveLength(1);
    expect(doc.querySelectorAll('.page-prose h2').length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelectorAll('[data-source]')).toHaveLength(slugs.length);
    for (const article of getArticles(variant)) {
      const entry = doc.querySelector(`[data-source="${article.slug}"]`)!;
      expect(text(entry.querySelector('[data-byline-author]')), article.slug).toContain(article.author);
      if (article.sourceUrl)
        expect(entry.querySelectorAll(`a[href="${article.sourceUrl}"]`), article.slug).toHaveLength(1);
      else expect(entry.querySelectorAll('[data-no-source-link]'), article.slug).toHaveLength(1);
      const note = entry.querySelector(`a[href="/${variant}/articles/${article.slug}/#editor-note"]`);
      expect(text(note), article.slug).toContain(String(article.editorialChanges.length));
    }
    expect(doc.querySelector('[data-corrections]')?.getAttribute('href')).toMatch(/^mailto:[^@\s]+@[^@\s]+\?subject=/);
  });
});
