import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import type { Element } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fromCanonical, toCanonical } from '../../lib/script/converters';
import { getVariant, type Variant } from '../../lib/site/variants';
import type { SourceScript } from '../../lib/script/source-scripts';
import { pageTree } from './built-site';
import { slugs, variantIds } from './site-facts';

/**
 * Nothing of an author's text is lost between `content/` and the built pages. The source is parsed with
 * plain remark (not lib's markdown pipeline), each block is put through the script conversion the site
 * applies (lib/script: source → canonical → variant), both sides are reduced to letters and digits (so
 * punctuation and quotation marks do not count), and every source block must appear, in order, in the
 * page's `<main>`. Whether the conversion itself is right is the conversion tests' job, not this one's.
 */
const key = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

function sourceBlocks(slug: string, variant: Variant): string[] {
  const file = readFileSync(path.join(process.cwd(), 'content', 'articles', `${slug}.md`), 'utf8');
  const script = (/^script: (\S+)$/m.exec(file)?.[1] ?? 'zh-Hans') as SourceScript;
  const convert = (text: string) => fromCanonical(variant)(toCanonical(script)(text));
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(file) as MdastRoot;
  const blocks: string[] = [];
  visit(tree, (node: MdastNodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(convert(mdastToString(node)));
      return 'skip';
    }
    return undefined;
  });
  return blocks.filter((b) => key(b).length > 0);
}

function mainText(url: string): string {
  let main: Element | undefined;
  visit(pageTree(url), 'element', (node: Element) => {
    if (node.tagName === 'main') main = node;
  });
  if (!main) throw new Error(`no <main> in ${url}`);
  // Footnote reference numbers are the site's, not the author's text; so are the regional-wording layer's
  // alternative words (`.rw-r`, shown only when a reader asks for them; lib/regional/wrap.ts).
  const text = structuredClone(main);
  visit(text, 'element', (node: Element, index, parent) => {
    const alternative = Array.isArray(node.properties.className) && node.properties.className.includes('rw-r');
    if ((node.properties.dataFootnoteRef !== undefined || alternative) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return key(hastToString(text));
}

for (const slug of slugs) {
  for (const variant of variantIds) {
    test(`${slug} (${variant}): every source paragraph is in the page, in order`, () => {
      const page = mainText(`/${variant}/articles/${slug}/`);
      const blocks = sourceBlocks(slug, getVariant(variant));
      expect(blocks.length).toBeGreaterThan(10);
      let from = 0;
      const missing: string[] = [];
      for (const block of blocks) {
        const at = page.indexOf(key(block), from);
        if (at < 0)
          missing.push(`${block.slice(0, 60)} [${key(block).slice(0, 40)} … near: ${page.slice(from, from + 40)}]`);
        else from = at;
      }
      expect(missing).toEqual([]);
    });
  }
}
