import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { builtPages, idsOf, pageTree } from './built-site';

test('every #paragraph link on every theme page resolves to an existing id', () => {
  const themePages = builtPages().filter((p) => /^\/zh-han[st]\/themes\/[^/]+\/$/.test(p));
  expect(themePages.length).toBeGreaterThanOrEqual(20);
  let checked = 0;
  const broken: string[] = [];
  for (const url of themePages) {
    visit(pageTree(url), 'element', (node: Element) => {
      const href = node.properties.href;
      if (typeof href !== 'string' || !href.includes('/articles/') || !href.includes('#')) return;
      const [pagePath, fragment] = href.split('#') as [string, string];
      const id = fragment.split(':~:')[0]!;
      checked += 1;
      if (!idsOf(pagePath).has(id)) broken.push(`${url}: ${href}`);
    });
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});

test('every passage on every theme page, in every variant, shows the matched term marked', () => {
  const themePages = builtPages().filter((p) => /^\/[^/]+\/themes\/[^/]+\/$/.test(p));
  expect(new Set(themePages.map((p) => p.split('/')[1]))).toEqual(new Set(['zh-hans', 'zh-hant', 'zh-hk', 'en']));
  const unmarked: string[] = [];
  let passages = 0;
  let original = 0;
  for (const url of themePages) {
    visit(pageTree(url), 'element', (node: Element) => {
      if (node.properties.dataPassage === undefined) return;
      passages += 1;
      let marks = 0;
      visit(node, 'element', (child: Element) => {
        if (child.tagName === 'mark') marks += 1;
        if (child.properties.dataOriginalTerms !== undefined) original += 1;
      });
      if (marks === 0) unmarked.push(`${url} ${String(node.properties.dataPassage)}`);
    });
  }
  expect(passages).toBeGreaterThan(600);
  expect(unmarked).toEqual([]);
  // English passages whose translation has none of the theme's English words show the Chinese term.
  expect(original).toBeGreaterThan(0);
  expect(original).toBeLessThan(passages / 20);
});
