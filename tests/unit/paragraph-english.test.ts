// @vitest-environment jsdom
/**
 * The per-paragraph English is copied from another page into the live one, so it is copied through an
 * allowlist (islands/lazy/paragraph-copy.ts): a hostile English page (tests/fixtures/hostile/english-page.html,
 * also served to the browser by tests/e2e/hostile-english.spec.ts) brings nothing but text, emphasis and
 * checked links.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { copiedBlock as englishBlock } from '@/islands/lazy/paragraph-copy';

const hostile = readFileSync(path.join(import.meta.dirname, '../fixtures/hostile/english-page.html'), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function copied(html: string, id = 'p-12'): HTMLElement {
  const box = document.createElement('div');
  box.append(englishBlock(parse(html), id)!);
  return box;
}

test('a hostile English page: only allowed elements and attributes, only web and in-page links', () => {
  const box = copied(hostile);
  const tags = new Set([...box.querySelectorAll('*')].map((el) => el.localName));
  expect([...tags].sort()).toEqual(['a', 'br', 'code', 'em', 'mark', 'span', 'strong', 'sup']);
  for (const el of box.querySelectorAll('*')) {
    expect(el.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    for (const { name } of el.attributes) expect(['href', 'class', 'lang', 'data-footnote-ref'], name).toContain(name);
  }
  const links = [...box.querySelectorAll('a')];
  expect(links.map((a) => a.getAttribute('href'))).toEqual([
    null,
    null,
    null,
    '#fn-1',
    '/en/themes/involution/',
    'https://example.org/source',
  ]);
  // Classes the site's own markup uses, no others (a hostile class could lay the text over the page).
  expect([...box.querySelectorAll('[class]')].map((el) => el.className)).toEqual(['theme-link', 'theme-link']);
  expect(box.querySelector('em')!.lang).toBe('fr');
  const text = box.textContent!.replace(/\s+/g, ' ');
  expect(text).toContain('Hostile link');
  expect(text).toContain('Plain words, emphasis, strong, code, marked, 1 involution a sourceend.');
  // Nothing of the dropped elements' content: no script text, no style rules, no svg text.
  expect(text).not.toMatch(/pwned|display|svg link|math/);
});

test('the site’s own English block keeps what it needs: emphasis, theme links, footnote and note references', () => {
  const html = `<p id="p-3" lang="en">Work <em>hard</em>, <strong>really</strong> <a class="theme-link" data-topic="overwork" href="/en/themes/overwork/">overwork</a><span data-island="note-ref" class="relative" data-goto-label="Go to the note"><sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="true" aria-describedby="footnote-label">1</a></sup></span><sup><a href="#tn-a" data-translator-note-ref="">a</a></sup><span class="retired-anchor" id="p-14" data-retired=""></span> <span lang="zh-Hans">内卷</span><span class="para-tools"><a class="pilcrow" href="#p-3" aria-label="Link">¶</a></span></p>`;
  const box = copied(html, 'p-3');
  expect(box.innerHTML).toBe(
    'Work <em>hard</em>, <strong>really</strong> <a class="theme-link" href="/en/themes/overwork/">overwork</a><span class="relative"><sup><a href="#user-content-fn-1" data-footnote-ref="true">1</a></sup></span><sup><a href="#tn-a" data-translator-note-ref="">a</a></sup><span class="retired-anchor"></span> <span lang="zh-Hans">内卷</span>',
  );
});

test('no such block: undefined', () => {
  expect(englishBlock(parse(hostile), 'p-99')).toBeUndefined();
});
