/**
 * A copy of the build with every script removed from every page (and script preloads): the page as a reader
 * without JavaScript gets it, and the baseline `npm run audit` compares each page against.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { htmlFiles } from '@/lib/static-export/pages';

/** The page's HTML without `<script>` elements and script preloads (cut at their parsed positions). */
export function withoutScripts(html: string): string {
  const cuts: [number, number][] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    const isScript = node.tagName === 'script';
    const rel = node.properties.rel;
    const isPreload =
      node.tagName === 'link' &&
      (node.properties.as === 'script' || (Array.isArray(rel) && rel.includes('modulepreload')));
    const { start, end } = node.position ?? {};
    if ((isScript || isPreload) && start?.offset !== undefined && end?.offset !== undefined) {
      cuts.push([start.offset, end.offset]);
    }
  });
  let out = '';
  let from = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    if (start < from) continue; // nested (cannot happen for scripts; kept safe)
    out += html.slice(from, start);
    from = end;
  }
  return out + html.slice(from);
}

/** Copy `outDir` to `copyDir` with every page script-free. */
export function scriptFreeCopy(outDir: string, copyDir: string): void {
  rmSync(copyDir, { recursive: true, force: true });
  cpSync(outDir, copyDir, { recursive: true });
  for (const file of htmlFiles(copyDir)) {
    const full = path.join(copyDir, file);
    writeFileSync(full, withoutScripts(readFileSync(full, 'utf8')));
  }
}
