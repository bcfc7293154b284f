/**
 * What a reader's browser downloads for each reading page, computed from `out/` (gzip -9, as a static
 * host serving precompressed files would send; headers not counted): the page's HTML, its stylesheets and
 * its scripts, with every module those scripts import (followed file by file). Budgets (issue #11): a first
 * visit to an essay page (cold cache) ≤ 60 KB of which ≤ 20 KB JavaScript; each further page of the same
 * visit ≤ 40 KB more (its HTML and anything not yet cached). Also: no OpenCC code or data in anything a
 * reading page loads.
 *
 * The search pages are judged like every other page: their behaviour is a lazy island that their `search`
 * island loads as it mounts (islands/lazy-islands.ts, `loadedAtMount`), so it is counted in their first
 * visit. A page may load nothing else on demand — its weight would be requests this table does not see —
 * except the layers a reader turns on (islands/lazy-islands.ts: the regional wording's popover …), which
 * the islands module imports by their built names the first time a reader uses them: each is weighed in a
 * table of its own, within the JavaScript budget, and not counted in a first visit. The search island
 * itself imports two things on demand, named in that table: the query converter (a lazy island, only for a
 * query with Chinese characters; the one file allowed OpenCC, with a budget of its own) and Pagefind's
 * runtime (`${base}pagefind.js`), whose weight with the index the search section measures in Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { lazyIslandNames, loadedAtMount } from '@/islands/lazy-islands';
import { islandsDir } from '@/lib/browser/islands';
import { htmlFiles, urlPathOf } from '@/lib/static-export/pages';
import { siteDir } from '@/lib/static-export/site-dir';
import { table } from './table';

const KB = 1024;
export const budgets = { firstVisit: 60 * KB, javascript: 20 * KB, nextPage: 40 * KB, queryConverter: 40 * KB };

/** The lazy island that carries OpenCC (the search box's query converter): the one file allowed it. */
const converterIsland = 'query-script';

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

// Markers of opencc-js's converter and dictionary data ("万 萬|与 與|…").
const openccMarkers = /trie_val|ConverterFactory|[\u4e00-\u9fff] [\u4e00-\u9fff]\|[\u4e00-\u9fff] [\u4e00-\u9fff]\|/;

interface PageWeight {
  path: string;
  html: number;
  /** Subresources by path → gzip bytes. */
  css: Map<string, number>;
  js: Map<string, number>;
  /** Imports computed at run time (not followed): what they load is fetched on demand. */
  onDemand: Set<string>;
  /** Chunks loaded when first needed (Turbopack's lazy chunks, with what they load), path → gzip bytes. */
  lazy: Map<string, number>;
  /** OpenCC code or data among the lazy chunks. */
  lazyOpencc: boolean;
  opencc: boolean;
  /** gzip bytes of the text of `<main>`: what the page is for. */
  text: number;
}

interface Asset {
  gzip: number;
  opencc: boolean;
  /** Paths of the modules it imports (static imports and `import("…")` of a string). */
  imports: string[];
  /** Imports whose specifier is computed (`import(`${base}pagefind.js`)`), as written. */
  computed: string[];
  /** Paths of the chunks it loads when first needed (Turbopack: `"static/chunks/….js"`, under `/_next/`). */
  lazy: string[];
}

/** A chunk named in a Turbopack chunk: the runtime loads it (under `/_next/`) when a module in it is needed. */
const turbopackChunk = /["'](static\/chunks\/[\w.-]+\.js)["']/g;

/** `import` as a keyword (not part of a name): static `import … from "…"`, `import "…"`, or `import(…)`. */
const importKeyword = /(?:^|[;}\s(,=])import(?=[\s{*"'(`])/g;

/** The specifiers of a module's imports: resolvable ones and computed ones. */
export function importsOf(text: string): { specifiers: string[]; computed: string[] } {
  const specifiers: string[] = [];
  const computed: string[] = [];
  for (const match of text.matchAll(importKeyword)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 300);
    const dynamic = /^\s*\(\s*/.exec(rest);
    if (dynamic) {
      const literal = /^(["'])([^"'\n]*)\1\s*\)|^`([^`$]*)`\s*\)/.exec(rest.slice(dynamic[0].length));
      if (literal) specifiers.push(literal[2] ?? literal[3]!);
      else computed.push(`import(${/^[^)]*\)?/.exec(rest.slice(dynamic[0].length))![0]}`);
      continue;
    }
    const fixed = /^\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/.exec(rest);
    if (fixed) specifiers.push(fixed[2]!);
    else computed.push(`import${rest.slice(0, 40)}`);
  }
  return { specifiers, computed };
}

/** Reads, compresses and checks each stylesheet or script once per build, however many pages load it. */
function assetReader(outDir: string) {
  const assets = new Map<string, Asset>();
  return (pathname: string): Asset => {
    let asset = assets.get(pathname);
    if (!asset) {
      const body = readFileSync(path.join(outDir, pathname));
      const text = body.toString('utf8');
      const isScript = pathname.endsWith('.js') || pathname.endsWith('.mjs');
      const { specifiers, computed } = isScript ? importsOf(text) : { specifiers: [], computed: [] };
      const imports = specifiers.map((specifier) => {
        const resolved = new URL(specifier, `http://x${pathname}`);
        if (resolved.host !== 'x' || !existsSync(path.join(outDir, resolved.pathname)))
          throw new Error(`${pathname} imports ${specifier}, which is not a file of the site`);
        return resolved.pathname;
      });
      const lazy = isScript ? [...new Set([...text.matchAll(turbopackChunk)].map((m) => `/_next/${m[1]!}`))] : [];
      for (const chunk of lazy)
        if (!existsSync(path.join(outDir, chunk))) throw new Error(`${pathname} loads ${chunk}, which is not a file`);
      asset = { gzip: gz(body), opencc: isScript && openccMarkers.test(text), imports, computed, lazy };
      assets.set(pathname, asset);
    }
    return asset;
  };
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

const isIslandsModule = (pathname: string) => new RegExp(`^/${islandsDir}/islands\\.[0-9a-f]+\\.js$`).test(pathname);

interface LazyIslandWeight {
  name: string;
  file: string;
  gzip: number;
  opencc: boolean;
  /** Its computed imports (another lazy island, Pagefind), as written. */
  computed: string[];
}

/** The layers loaded on first use: each lazy island's built file, gzip bytes (one file: no static imports). */
function lazyIslandWeights(outDir: string): LazyIslandWeight[] {
  const dir = path.join(outDir, islandsDir);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  return lazyIslandNames.map((name) => {
    const file = files.find((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.js$`).test(f));
    if (!file) throw new Error(`out/${islandsDir}/ has no ${name}.<hash>.js: run \`npm run build\``);
    const text = readFileSync(path.join(dir, file), 'utf8');
    const { specifiers, computed } = importsOf(text);
    if (specifiers.length > 0) throw new Error(`${file} imports other modules: a lazy island is one file`);
    return { name, file, gzip: gz(text), opencc: openccMarkers.test(text), computed };
  });
}

/** A script's own path, as the site serves it (a page names it by URL). */
const pathOf = (url: string) => new URL(url, 'http://x').pathname;

/**
 * Weight of one page: its HTML, stylesheets, and scripts with everything they import, and the lazy islands
 * its islands load as they mount (`atMount`: island name → path of the built lazy island).
 */
function weigh(
  outDir: string,
  file: string,
  asset: (pathname: string) => Asset,
  atMount: ReadonlyMap<string, string>,
): PageWeight {
  const html = readFileSync(path.join(outDir, file), 'utf8');
  const css = new Map<string, number>();
  const js = new Map<string, number>();
  const onDemand = new Set<string>();
  const lazy = new Map<string, number>();
  let opencc = false;
  let lazyOpencc = false;
  const pending: string[] = [];
  let main: Element | undefined;
  const addScript = (pathname: string, lazyIsland = false) => {
    if (js.has(pathname)) return;
    const script = asset(pathname);
    js.set(pathname, script.gzip);
    opencc ||= script.opencc;
    // The islands module's computed import is the lazy islands' loader, and a lazy island's computed
    // imports are named in their table: weighed by `lazyIslandWeights` and the search section.
    if (!isIslandsModule(pathname) && !lazyIsland) for (const specifier of script.computed) onDemand.add(specifier);
    for (const imported of script.imports) addScript(imported);
    pending.push(...script.lazy);
  };
  /** A lazy chunk and everything it imports or loads in turn, unless the page loads it anyway. */
  const addLazy = (pathname: string) => {
    if (js.has(pathname) || lazy.has(pathname)) return;
    const chunk = asset(pathname);
    lazy.set(pathname, chunk.gzip);
    lazyOpencc ||= chunk.opencc;
    for (const specifier of chunk.computed) onDemand.add(specifier);
    for (const next of [...chunk.imports, ...chunk.lazy]) addLazy(next);
  };
  visit(fromHtml(html), 'element', (node: Element) => {
    const { src, href, rel, noModule, as } = node.properties;
    if (node.tagName === 'main') main ??= node;
    const loaded = atMount.get(String(node.properties.dataIsland));
    if (loaded) addScript(loaded, true);
    // A `nomodule` script is for browsers without modules: today's browsers skip it.
    if (node.tagName === 'script' && typeof src === 'string' && !noModule) addScript(pathOf(src));
    if (node.tagName === 'link' && Array.isArray(rel) && typeof href === 'string') {
      if (rel.includes('stylesheet')) css.set(pathOf(href), asset(pathOf(href)).gzip);
      if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) addScript(pathOf(href));
    }
  });
  for (const chunk of pending) addLazy(chunk);
  return {
    path: urlPathOf(file),
    html: gz(html),
    css,
    js,
    onDemand,
    lazy,
    lazyOpencc,
    opencc,
    text: main ? gz(toString(main)) : 0,
  };
}

/** Weights of every page in `outDir`. */
function pageWeights(outDir: string, layers: readonly LazyIslandWeight[]): PageWeight[] {
  const asset = assetReader(outDir);
  const atMount = new Map(
    Object.entries(loadedAtMount).map(([island, lazy]) => [
      island,
      `/${islandsDir}/${layers.find((l) => l.name === lazy)!.file}`,
    ]),
  );
  return htmlFiles(outDir)
    .map((file) => weigh(outDir, file, asset, atMount))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Print the per-page table and the lazy islands'; returns false when a page or a layer misses a budget. */
export function benchTransfer(outDir = siteDir): boolean {
  const layers = lazyIslandWeights(outDir);
  const pages = pageWeights(outDir, layers);
  const essay = (p: PageWeight) => /\/articles\/[^/]+\/$/.test(p.path);
  // The page a visit starts on before "the next page": the first essay page.
  const first = pages.find(essay);
  if (!first) throw new Error('no essay page in out/: run `npm run build` first');
  const cached = new Set([...first.css.keys(), ...first.js.keys()]);
  const weights = (p: PageWeight) => {
    const js = sum(p.js);
    const uncached = [...p.css, ...p.js].filter(([url]) => !cached.has(url)).reduce((a, [, b]) => a + b, 0);
    const misses = [
      p.html + sum(p.css) + js > budgets.firstVisit ? 'first visit' : '',
      js > budgets.javascript ? 'JS' : '',
      p.html + uncached > budgets.nextPage ? 'next page' : '',
      p.opencc ? 'OpenCC' : '',
      // A reading page's scripts are all counted here: nothing may load more behind the table's back.
      p.onDemand.size > 0 || p.lazy.size > 0 ? 'on-demand import' : '',
    ].filter(Boolean);
    return { js, total: p.html + sum(p.css) + js, next: p.html + uncached, misses };
  };
  let ok = true;
  const rows = pages.map((p) => {
    const w = weights(p);
    ok &&= w.misses.length === 0;
    return [
      p.path,
      kb(p.html),
      kb(sum(p.css)),
      kb(w.js),
      kb(w.total),
      kb(w.next),
      p.text ? (p.html / p.text).toFixed(2) : '—',
      w.misses.length ? `MISSED: ${w.misses.join(', ')}` : 'ok',
    ];
  });
  console.log(
    '\n## What each page transfers (gzip -9, KB; HTML + CSS + JS, headers not counted; the search pages with their search island)\n',
  );
  console.log(
    `Budgets: first visit ≤ ${kb(budgets.firstVisit)} (cold cache), of which JavaScript ≤ ${kb(budgets.javascript)}; a further page in the same visit ≤ ${kb(budgets.nextPage)} more (after ${first.path}); no OpenCC bytes. Scripts count with every module they import. “HTML ÷ text” is the page's HTML against the text of its <main>.\n`,
  );
  table(['page', 'HTML', 'CSS', 'JS', 'first visit', 'next page', 'HTML ÷ text', 'budget'], rows);
  const worst = (f: (p: PageWeight) => number) => kb(Math.max(...pages.map(f)));
  // In bytes: a first visit near its budget shows 60.0 KB both just under and at it.
  const room = (budget: number, f: (p: PageWeight) => number) => {
    const left = budget - Math.max(...pages.map(f));
    return `${Math.abs(left).toLocaleString('en')} bytes ${left < 0 ? 'over' : 'under'} the budget`;
  };
  console.log(
    `\n${pages.length} pages; largest first visit ${worst((p) => weights(p).total)} KB (${room(budgets.firstVisit, (p) => weights(p).total)}), largest JavaScript ${worst((p) => weights(p).js)} KB, largest next page ${worst((p) => weights(p).next)} KB.`,
  );
  console.log(
    '\n### Loaded on first use (a layer a reader turns on, or the search page’s own behaviour: counted in its first visit above)\n',
  );
  console.log(
    `Each within the JavaScript budget and free of OpenCC, except the query converter (${converterIsland}): OpenCC's dictionaries, fetched only for a query with Chinese characters, ≤ ${kb(budgets.queryConverter)} KB. “Loads on demand”: its computed imports (a lazy island's loader, Pagefind's runtime).\n`,
  );
  table(
    ['island', 'file', 'JS', 'loads on demand', 'budget'],
    layers.map((l) => {
      const converter = l.name === converterIsland;
      const miss =
        l.gzip > (converter ? budgets.queryConverter : budgets.javascript)
          ? 'MISSED: JS'
          : l.opencc !== converter
            ? `MISSED: OpenCC ${converter ? 'absent' : 'present'}`
            : 'ok';
      ok &&= miss === 'ok';
      return [l.name, `/${islandsDir}/${l.file}`, kb(l.gzip), l.computed.join(' ') || '—', miss];
    }),
  );
  learnerData();
  return ok;
}

/**
 * The learner layer's data (issue 32), fetched beside an essay page on first use only: its readings when a
 * reader turns readings on (`readings-<kind>.json`), its words on the first tap (`words.json`). Sizes as sent
 * (the build's gzip and brotli copies); no budget of their own, as they are never part of a first visit.
 */
function learnerData(): void {
  const files = htmlFiles(siteDir)
    .map((file) => path.dirname(file))
    .filter((dir) => /^[^/]+\/articles\/[^/]+$/.test(dir))
    .flatMap((dir) =>
      readdirSync(path.join(siteDir, dir))
        .filter((name) => /^(readings-\w+|words)\.json$/.test(name))
        .map((name) => ({ kind: name.replace(/\.json$/, ''), full: path.join(siteDir, dir, name) })),
    );
  const kinds = [...new Set(files.map((f) => f.kind))].sort();
  console.log('\n### The learner layer’s data, per essay page (fetched on first use: readings on, the first tap)\n');
  table(
    ['file', 'pages', 'gzip (median)', 'gzip (largest)', 'brotli (largest)'],
    kinds.map((kind) => {
      const of = files.filter((f) => f.kind === kind);
      const gz = of.map((f) => readFileSync(`${f.full}.gz`).length).sort((a, b) => a - b);
      const br = of.map((f) => readFileSync(`${f.full}.br`).length);
      return [
        `${kind}.json`,
        String(of.length),
        kb(gz[Math.floor(gz.length / 2)]!),
        kb(gz.at(-1)!),
        kb(Math.max(...br)),
      ];
    }),
  );
}
