import type { Element, Root, RootContent } from 'hast';
import { expect, test } from 'vitest';
import { builtPages, pageTree } from './built-site';

/**
 * Text a page shows or announces: text nodes, and the attributes read aloud or shown (`aria-label`, `title`,
 * `alt`, `placeholder`, meta `content`), each with the language it is in.
 */
function textsWithLang(tree: Root, pageLang: string): { text: string; lang: string; where: string }[] {
  const found: { text: string; lang: string; where: string }[] = [];
  const walk = (node: Root | RootContent, lang: string, where: string) => {
    if (node.type === 'text') {
      if (node.value.trim()) found.push({ text: node.value, lang, where });
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let here = lang;
    let path = where;
    if (node.type === 'element') {
      const el = node as Element;
      if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'template') return;
      if (typeof el.properties.lang === 'string') here = el.properties.lang;
      path = `${where} > ${el.tagName}${el.properties.id ? `#${String(el.properties.id)}` : ''}`;
      for (const attr of ['ariaLabel', 'title', 'alt', 'placeholder'] as const) {
        const value = el.properties[attr];
        if (typeof value === 'string') found.push({ text: value, lang: here, where: `${path}[${attr}]` });
      }
      if (
        el.tagName === 'meta' &&
        typeof el.properties.content === 'string' &&
        el.properties.name !== 'next-size-adjust'
      )
        found.push({ text: el.properties.content, lang: here, where: `${path}[content]` });
    }
    node.children.forEach((child) => walk(child, here, path));
  };
  walk(tree, pageLang, '');
  return found;
}

/** Han characters and full-width punctuation (`：`, `，`, `。`): Chinese text. */
const chinese = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;

test('English pages have no Chinese outside elements marked lang="zh-…", and no stray heading punctuation', () => {
  const pages = builtPages().filter((p) => p.startsWith('/en/'));
  expect(pages.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const path of pages) {
    const tree = pageTree(path);
    for (const { text, lang, where } of textsWithLang(tree, 'en')) {
      if (!lang.startsWith('zh') && chinese.test(text)) problems.push(`${path}${where}: “${text.trim().slice(0, 60)}”`);
    }
    const headings: string[] = [];
    const walk = (node: Root | RootContent) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
        const text = (function collect(n: Root | RootContent): string {
          if (n.type === 'text') return n.value;
          return 'children' in n ? n.children.map(collect).join('') : '';
        })(node).trim();
        headings.push(text);
      } else if ('children' in node) node.children.forEach(walk);
    };
    walk(tree);
    for (const h of headings)
      if (/[.。]$/.test(h) && !h.endsWith('...')) problems.push(`${path}: heading ends in a full stop: “${h}”`);
  }
  expect(problems).toEqual([]);
});
