import type { Element } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { pageTree } from './built-site';
import { slugs } from './site-facts';

test('an undated essay says so as information, in every edition', () => {
  const wording: Record<string, string> = {
    'zh-hans': '原文未署日期',
    'zh-hant': '原文未署日期',
    'zh-hk': '原文未署日期',
    en: 'Undated in the original',
  };
  let seen = 0;
  for (const [variant, text] of Object.entries(wording)) {
    for (const slug of slugs) {
      visit(pageTree(`/${variant}/articles/${slug}/`), 'element', (node: Element) => {
        if (node.properties.dataBylineUndated === undefined) return;
        expect(hastToString(node).trim(), `${variant}/${slug}`).toBe(text);
        seen++;
      });
    }
  }
  expect(seen).toBeGreaterThan(0);
});
