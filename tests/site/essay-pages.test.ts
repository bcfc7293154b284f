/**
 * What every page and every essay page is made of, read from the built HTML (moved here from the browser
 * suite, which loaded 15 essay pages for it; console errors on load are a11y.spec.ts's: every essay in 简体
 * and English, one in 繁 and 港):
 * each page in its edition's language; each essay page with one titled h1, its paragraphs with ids and the
 * editor's note; and the same ids in every script of an essay.
 */
import type { Element, Root } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import { getArticles } from '@/lib/model';
import { variants } from '@/lib/site/variants';
import { builtPages, pageTree } from './built-site';
import { slugs, variantIds } from './site-facts';

/** The elements of a tree (or of its `<main>` only) that `pick` picks, in document order. */
function elements(tree: Root, pick: (el: Element) => boolean, inMain = false): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (inMain && el.tagName === 'main') {
      found.push(...elements({ type: 'root', children: el.children }, pick));
      return 'skip';
    }
    if (!inMain && pick(el)) found.push(el);
    return undefined;
  });
  return found;
}
const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className : []);

test('every page of an edition is in its language (<html lang>)', () => {
  let checked = 0;
  for (const { id, lang } of variants) {
    for (const page of builtPages().filter((p) => p.startsWith(`/${id}/`))) {
      expect(elements(pageTree(page), (el) => el.tagName === 'html')[0]?.properties.lang, page).toBe(lang);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(100);
});

test('every essay page has one titled h1, its paragraphs with ids, and the editor’s note', () => {
  for (const variant of variantIds) {
    for (const slug of slugs) {
      const page = `/${variant}/articles/${slug}/`;
      const tree = pageTree(page);
      const h1s = elements(tree, (el) => el.tagName === 'h1', true);
      expect(h1s, page).toHaveLength(1);
      expect(hastToString(h1s[0]!).trim(), page).not.toBe('');
      const prose = elements(tree, (el) => classes(el).includes('prose-zh'), true);
      const paragraphs = prose.flatMap((p) =>
        elements(
          { type: 'root', children: p.children },
          (el) => el.tagName === 'p' && /^p-\d+$/.test(String(el.properties.id)),
        ),
      );
      expect(paragraphs.length, page).toBeGreaterThan(5);
      expect(
        elements(tree, (el) => el.properties.id === 'editor-note'),
        page,
      ).toHaveLength(1);
    }
  }
});

test('an essay has the same element ids in every script', () => {
  const ids = (page: string) =>
    elements(pageTree(page), (el) => el.properties.id !== undefined, true).map((el) => el.properties.id);
  for (const slug of slugs) {
    const simplified = ids(`/zh-hans/articles/${slug}/`);
    expect(simplified.length).toBeGreaterThan(10);
    for (const variant of variantIds.filter((v) => v !== 'zh-hans'))
      expect(ids(`/${variant}/articles/${slug}/`), `${variant}/${slug}`).toEqual(simplified);
  }
});

test('each front page gives every essay its reading time, in the edition’s words', () => {
  for (const { id } of variants) {
    const items = elements(pageTree(`/${id}/`), (el) => el.tagName === 'li' && el.properties.dataEssay !== undefined);
    expect(items.length, id).toBe(slugs.length);
    for (const article of getArticles(id)) {
      const item = items.find((li) => li.properties.dataEssay === article.slug);
      expect(hastToString(item!).replace(/\s+/g, ' '), `${id}/${article.slug}`).toContain(
        getMessages(id).readingTime(article.readingMinutes),
      );
    }
  }
});

test('an English quotation set as a paragraph in a Chinese essay is marked English; its tools stay in the page’s language', () => {
  const han = /\p{Script=Han}/u;
  const marked: string[] = [];
  for (const variant of variantIds) {
    const pageLang = variants.find((v) => v.id === variant)!.lang;
    for (const slug of slugs) {
      const page = `/${variant}/articles/${slug}/`;
      const prose = elements(pageTree(page), (el) => classes(el).includes('prose-zh'), true);
      for (const block of prose.flatMap((p) =>
        elements({ type: 'root', children: p.children }, (el) => /^p-\d+$/.test(String(el.properties.id))),
      )) {
        const tools = block.children.find(
          (c): c is Element => c.type === 'element' && classes(c).includes('para-tools'),
        );
        const text = hastToString({ ...block, children: block.children.filter((c) => c !== tools) });
        const english = /\p{Script=Latin}/u.test(text) && !han.test(text);
        expect(block.properties.lang, `${page}#${block.properties.id}: ${text.slice(0, 40)}`).toBe(
          english ? 'en' : undefined,
        );
        if (english) {
          expect(tools?.properties.lang, `${page}#${block.properties.id} tools`).toBe(pageLang);
          marked.push(`${page}#${block.properties.id}`);
        }
      }
    }
  }
  // William Stafford's two lines in ai-resignation-letters, in each Chinese edition.
  expect(marked).toHaveLength(6);
});
