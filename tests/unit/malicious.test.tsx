import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { ArticleBody } from '@/components/article/article-body';
import { parseSource, toCanonicalTree, toVariantTree } from '@/lib/markdown/processor';
import { scriptVariants } from '@/lib/site/variants';

const input = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'malicious', 'input.md'), 'utf8');

test('malicious markdown fails the build, naming every vector', () => {
  const file = new VFile({ path: 'malicious/input.md', value: input });
  toCanonicalTree(parseSource(file), file, 'zh-Hans');
  const rules = file.messages.map((m) => `${m.line}:${m.ruleId}`);
  expect(rules).toEqual(
    expect.arrayContaining([
      '11:no-html',
      '13:no-html',
      '15:no-html',
      '17:unsafe-url',
      '19:unsafe-url',
      '23:unsafe-url',
      '25:no-html',
      '27:no-html',
    ]),
  );
  // `java<TAB>script:` is not a link in CommonMark at all (whitespace ends a bare destination): text.
  expect(file.messages.filter((m) => m.ruleId === 'unsafe-url')).toHaveLength(5);
});

test.each(scriptVariants.map((v) => [v.id, v] as const))(
  'even rendered regardless, no script, event handler or script URL reaches the %s output',
  (_id, variant) => {
    const file = new VFile({ path: 'malicious/input.md', value: input });
    const tree = toCanonicalTree(parseSource(file), file, 'zh-Hans');
    tree.children = tree.children.filter((node) => node.type !== 'yaml');
    const html = renderToStaticMarkup(<ArticleBody tree={toVariantTree(tree, variant, file)} />);
    const elements: Element[] = [];
    visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
      elements.push(node);
    });
    // The only spans are the site's own paragraph tools (¶), none from the source.
    const foreign = elements.filter(
      (e) => !(e.tagName === 'span' && String(e.properties.className ?? '').includes('para-tools')),
    );
    expect(foreign.map((e) => e.tagName).filter((t) => ['script', 'style', 'span', 'iframe'].includes(t))).toEqual([]);
    for (const element of elements) {
      expect(Object.keys(element.properties).filter((key) => /^on/i.test(key))).toEqual([]);
      for (const key of ['href', 'src'] as const) {
        const url = element.properties[key];
        if (typeof url === 'string') expect(url.replace(/\s/g, '')).not.toMatch(/^(?:javascript|vbscript|data):/i);
      }
    }
    // The code span's text survives as escaped text.
    expect(html).toContain('&lt;script&gt;alert(13)&lt;/script&gt;');
  },
);
