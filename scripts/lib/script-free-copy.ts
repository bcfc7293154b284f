/**
 * A copy of the build with every script removed from every page (and every script preload): the page's
 * markup and styles with nothing executing — the baseline `npm run audit` compares each page against. (The
 * browser still has scripting on, so CSS written for `(scripting: enabled)` applies as on the real page.)
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlFiles } from '@/lib/static-export/pages';
import { applyEdits, cut, type Edit } from '@/lib/static-export/splice';

const isScriptLike = (node: Element) => {
  if (node.tagName === 'script') return true;
  if (node.tagName !== 'link') return false;
  const rel = node.properties.rel;
  const rels = Array.isArray(rel) ? rel.map(String) : [];
  const href = typeof node.properties.href === 'string' ? node.properties.href : '';
  return rels.includes('modulepreload') || node.properties.as === 'script' || /\.m?js(\?|$)/.test(href);
};

/** The page's HTML without `<script>` elements and script preloads (cut at their parsed positions). */
export function withoutScripts(html: string): string {
  const edits: Edit[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    const edit = isScriptLike(node) ? cut(node) : undefined;
    if (edit) edits.push(edit);
  });
  return applyEdits(html, edits);
}

/** Copy `outDir` to `copyDir` with every page script-free. */
export function scriptFreeCopy(outDir: string, copyDir: string): void {
  rmSync(copyDir, { recursive: true, force: true });
  // `dereference`: `out` is a link to the build (scripts/build.ts); without it the copy would be a link
  // too, and the pages below would be rewritten in the published build itself.
  cpSync(outDir, copyDir, { recursive: true, dereference: true });
  for (const file of htmlFiles(copyDir)) {
    const full = path.join(copyDir, file);
    writeFileSync(full, withoutScripts(readFileSync(full, 'utf8')));
  }
}
