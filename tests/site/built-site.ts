import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlFiles, servedFile, urlPathOf } from '@/lib/static-export/pages';
import { siteDir } from '@/lib/static-export/site-dir';

/** The built site under test (`out`, or `OUT_DIR`). */
export const outDir = path.resolve(siteDir);

/** Every HTML page of the built site, as URL paths (`/zh-hans/`, `/404.html`). */
export function builtPages(): string[] {
  return htmlFiles(outDir).map(urlPathOf).sort();
}

/** File served for a URL path, as a static host does (`/a/` → `a/index.html`), or undefined. */
export function fileFor(urlPath: string): string | undefined {
  return servedFile(outDir, urlPath);
}

const trees = new Map<string, Root>();

/** Parsed hast of a built page (cached). */
export function pageTree(urlPath: string): Root {
  let tree = trees.get(urlPath);
  if (!tree) {
    const file = fileFor(urlPath);
    if (!file) throw new Error(`no file for ${urlPath}`);
    tree = fromHtml(readFileSync(file, 'utf8'));
    trees.set(urlPath, tree);
  }
  return tree;
}

/** All element ids on a page. */
export function idsOf(urlPath: string): Set<string> {
  const ids = new Set<string>();
  visit(pageTree(urlPath), 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

/** Every `href`/`src` on a page with the element it is on. */
export function referencesOf(urlPath: string): { tag: string; url: string }[] {
  const refs: { tag: string; url: string }[] = [];
  visit(pageTree(urlPath), 'element', (node: Element) => {
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key];
      if (typeof value === 'string') refs.push({ tag: node.tagName, url: value });
    }
  });
  return refs;
}
