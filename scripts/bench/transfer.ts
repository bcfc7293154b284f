/**
 * What a reader's browser downloads for each reading page, computed from `out/` (gzip -9, as a static
 * host serving precompressed files would send; headers not counted): the page's HTML, its stylesheets and
 * its scripts. Budgets (issue #11): a first visit to an essay page (cold cache) ≤ 60 KB of which ≤ 20 KB
 * JavaScript; each further page of the same visit ≤ 40 KB more (its HTML and anything not yet cached).
 * Also: no OpenCC code or data in anything a reading page loads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { htmlFiles, urlPathOf } from '@/lib/static-export/pages';
import { siteDir } from '@/lib/static-export/site-dir';
import { table } from './table';

const KB = 1024;
export const budgets = { firstVisit: 60 * KB, javascript: 20 * KB, nextPage: 40 * KB };

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

// Markers of opencc-js's converter and dictionary data ("万 萬|与 與|…").
const openccMarkers = /trie_val|ConverterFactory|[\u4e00-\u9fff] [\u4e00-\u9fff]\|[\u4e00-\u9fff] [\u4e00-\u9fff]\|/;

interface PageWeight {
  path: string;
  html: number;
  /** Subresources by URL → gzip bytes. */
  css: Map<string, number>;
  js: Map<string, number>;
  opencc: boolean;
  /** gzip bytes of the text of `<main>`: what the page is for. */
  text: number;
}

interface Asset {
  gzip: number;
  opencc: boolean;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Reads, compresses and checks each stylesheet or script once per build, however many pages load it. */
function assetReader(outDir: string) {
  const assets = new Map<string, Asset>();
  return (url: string): Asset => {
    const pathname = new URL(url, 'http://x').pathname;
    let asset = assets.get(pathname);
    if (!asset) {
      const body = readFileSync(path.join(outDir, pathname));
      const text = body.toString('utf8');
      // The islands module is one file: an import would be a request this table does not see.
      if (pathname.endsWith('.js') && /(^|[;}\s(,=])import[\s{*"'(]/.test(text)) {
        throw new Error(`${pathname} imports other modules: count them`);
      }
      asset = { gzip: gz(body), opencc: pathname.endsWith('.js') && openccMarkers.test(text) };
      assets.set(pathname, asset);
    }
    return asset;
  };
}

/** Weight of one page, or undefined for a page that keeps Next's runtime (not a reading page). */
function weigh(outDir: string, file: string, asset: (url: string) => Asset): PageWeight | undefined {
  const html = readFileSync(path.join(outDir, file), 'utf8');
  const css = new Map<string, number>();
  const js = new Map<string, number>();
  let opencc = false;
  let main: Element | undefined;
  let keepsRuntime = false;
  visit(fromHtml(html), 'element', (node: Element) => {
    const { src, href, rel } = node.properties;
    if (node.properties.dataKeepsRuntime !== undefined) keepsRuntime = true;
    if (node.tagName === 'main') main ??= node;
    if (node.tagName === 'script' && typeof src === 'string') {
      const { gzip, opencc: hasOpencc } = asset(src);
      js.set(src, gzip);
      opencc ||= hasOpencc;
    }
    if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet') && typeof href === 'string') {
      css.set(href, asset(href).gzip);
    }
  });
  if (keepsRuntime) return undefined;
  return { path: urlPathOf(file), html: gz(html), css, js, opencc, text: main ? gz(toString(main)) : 0 };
}

/** Weights of every reading page (the pages without Next's runtime) in `outDir`. */
function readingPageWeights(outDir: string): PageWeight[] {
  const asset = assetReader(outDir);
  return htmlFiles(outDir)
    .flatMap((file) => weigh(outDir, file, asset) ?? [])
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Print the per-page table; returns false when a budget is missed. */
export function benchTransfer(outDir = siteDir): boolean {
  const pages = readingPageWeights(outDir);
  const essay = (p: PageWeight) => /\/articles\/[^/]+\/$/.test(p.path);
  // The page a visit starts on before "the next page": the first essay page.
  const first = pages.find(essay);
  if (!first) throw new Error('no essay page in out/: run `npm run build` first');
  const cached = new Set([...first.css.keys(), ...first.js.keys()]);
  let ok = true;
  const rows = pages.map((p) => {
    const js = sum(p.js);
    const total = p.html + sum(p.css) + js;
    const uncached = [...p.css, ...p.js].filter(([url]) => !cached.has(url)).reduce((a, [, b]) => a + b, 0);
    const next = p.html + uncached;
    const misses = [
      total > budgets.firstVisit ? 'first visit' : '',
      js > budgets.javascript ? 'JS' : '',
      next > budgets.nextPage ? 'next page' : '',
      p.opencc ? 'OpenCC' : '',
    ].filter(Boolean);
    ok &&= misses.length === 0;
    return [
      p.path,
      kb(p.html),
      kb(sum(p.css)),
      kb(js),
      kb(total),
      kb(next),
      p.text ? (p.html / p.text).toFixed(2) : '—',
      misses.length ? `MISSED: ${misses.join(', ')}` : 'ok',
    ];
  });
  console.log('\n## What each reading page transfers (gzip -9, KB; HTML + CSS + JS, headers not counted)\n');
  console.log(
    `Budgets: first visit ≤ ${kb(budgets.firstVisit)} (cold cache), of which JavaScript ≤ ${kb(budgets.javascript)}; a further page in the same visit ≤ ${kb(budgets.nextPage)} more (after ${first.path}); no OpenCC bytes. “HTML ÷ text” is the page's HTML against the text of its <main>.\n`,
  );
  table(['page', 'HTML', 'CSS', 'JS', 'first visit', 'next page', 'HTML ÷ text', 'budget'], rows);
  const worst = (f: (p: PageWeight) => number) => kb(Math.max(...pages.map(f)));
  console.log(
    `\n${pages.length} reading pages; largest first visit ${worst((p) => p.html + sum(p.css) + sum(p.js))} KB, largest JavaScript ${worst((p) => sum(p.js))} KB, largest next page ${worst((p) => p.html)} KB.`,
  );
  return ok;
}
