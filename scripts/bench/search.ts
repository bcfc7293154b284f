import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { siteDir } from '@/lib/static-export/site-dir';
import { chromiumFlags, chromiumPath, serveOut } from '../lib/serve-out';
import { judge, loadQueries, runQuery } from '../lib/search-relevance';
import { smoke } from './mode';
import { table } from './table';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;

type Kind = 'page code' | 'Pagefind runtime' | 'index';
const kindOf = (pathname: string): Kind | undefined => {
  // The islands and their lazy files (the search island, the query converter); Next's, should a page load it.
  if (pathname.startsWith('/_islands/') || pathname.startsWith('/_next/')) return 'page code';
  if (/^\/pagefind(-en)?\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(pathname)) return 'Pagefind runtime';
  if (/^\/pagefind(-en)?\//.test(pathname)) return 'index';
  return undefined;
};

/** Every script and Pagefind file a page fetches (path → gzip bytes), after `act` has run. */
async function fetched(page: Page, url: string, act: () => Promise<void> = async () => undefined) {
  const files = new Map<string, number>();
  const onResponse = async (response: Response) => {
    const { pathname } = new URL(response.url());
    if (!kindOf(pathname)) return;
    const body = await response.body().catch(() => undefined);
    if (body) files.set(pathname, gz(body));
  };
  page.on('response', onResponse);
  await page.goto(url);
  await act();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return files;
}

function indexOnDisk(folder: string) {
  const dir = path.join(siteDir, folder);
  let files = 0;
  let bytes = 0;
  let gzip = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.pf_(meta|index|fragment)$|pagefind-entry\.json$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    files += 1;
    bytes += statSync(file).size;
    gzip += gz(readFileSync(file));
  }
  return { files, bytes, gzip };
}

/** Precision and recall over the relevance set (tests/fixtures/search/queries.yaml), per page language. */
async function relevance(browser: Browser, origin: string) {
  const page = await browser.newPage();
  const sums = new Map<string, { queries: number; tp: number; fp: number; fn: number; passed: number }>();
  // The smoke run judges one query per page language (the e2e suite runs the whole set).
  const queries = loadQueries();
  const chosen = smoke
    ? [queries.find((q) => q.page !== 'en'), queries.find((q) => q.page === 'en')].flatMap((q) => q ?? [])
    : queries;
  for (const q of chosen) {
    const group = q.page === 'en' ? 'English page' : 'Chinese pages';
    const sum = sums.get(group) ?? { queries: 0, tp: 0, fp: 0, fn: 0, passed: 0 };
    const j = judge(q, await runQuery(page, origin, q));
    sum.queries += 1;
    sum.tp += j.truePositives;
    sum.fp += j.falsePositives;
    sum.fn += j.falseNegatives;
    if (j.problems.length === 0) sum.passed += 1;
    sums.set(group, sum);
  }
  await page.close();
  const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
  console.log(
    `\n## Search relevance (tests/fixtures/search/queries.yaml${smoke ? '; smoke run: one query per page language' : ''})\n`,
  );
  table(
    ['queries typed on', 'queries', 'passing', 'precision', 'recall'],
    [...sums].map(([group, s]) => [
      group,
      String(s.queries),
      String(s.passed),
      pct(s.tp, s.tp + s.fp),
      pct(s.tp, s.tp + s.fn),
    ]),
  );
  console.log(
    '\nPrecision: expected results among those returned that the set judges (must, must-not, and all of an “only” query); recall: must-returns found.',
  );
}

/**
 * Search weight, measured in Chromium: what a reader downloads to search (page code that essay pages do
 * not load, Pagefind's runtime, the index chunks and result fragments), and proof that an essay page
 * fetches none of it. Needs `out/`.
 */
export async function benchSearch(): Promise<boolean> {
  const server = await serveOut(4177);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    const page = await browser.newPage();
    const essay = await fetched(page, `${server.origin}/zh-hant/articles/ai-race-002/`, async () => {
      await page.mouse.wheel(0, 4000);
    });
    const essayPagefind = [...essay.keys()].filter((p) => kindOf(p) !== 'page code');
    const rows: string[][] = [];
    const searches = [
      ['zh-hant', '全民基本收入'],
      ['zh-hant', '內卷'],
      ['zh-hant', '马斯克'],
      ['en', 'universal basic income'],
      ['en', 'involution'],
      ['en', 'Musk'],
      ['en', '內卷'],
    ] as const;
    for (const [variant, query] of smoke ? [searches[0], searches[3]] : searches) {
      const fresh = await browser.newPage();
      const search = await fetched(
        fresh,
        `${server.origin}/${variant}/search/?q=${encodeURIComponent(query)}`,
        async () => {
          await fresh.locator('[data-search-status="done"]').waitFor();
        },
      );
      const sums: Record<Kind, number> = { 'page code': 0, 'Pagefind runtime': 0, index: 0 };
      for (const [file, size] of search) {
        const kind = kindOf(file)!;
        if (kind === 'page code' && essay.has(file)) continue; // shared with essay pages
        sums[kind] += size;
      }
      const results = await fresh.locator('[data-search-status="done"]').textContent();
      rows.push([
        variant,
        query,
        results ?? '',
        kb(sums['page code']),
        kb(sums['Pagefind runtime']),
        kb(sums.index),
        kb(sums['page code'] + sums['Pagefind runtime'] + sums.index),
      ]);
      await fresh.close();
    }
    console.log('\n## Search (gzip -9, KB; measured in Chromium on the 繁體 and English search pages)\n');
    for (const [name, folder] of [
      ['Chinese', 'pagefind'],
      ['English', 'pagefind-en'],
    ] as const) {
      const disk = indexOnDisk(folder);
      console.log(
        `${name} index on disk: ${disk.files} files, ${kb(disk.bytes)} KB (${kb(disk.gzip)} KB gzip); a search fetches only the chunks it needs.`,
      );
    }
    console.log('');
    table(['page', 'query', 'results', 'search-only page code', 'Pagefind runtime', 'index fetched', 'total'], rows);
    await relevance(browser, server.origin);
    console.log(
      `\nFetched by an essay page: ${essayPagefind.length === 0 ? 'no search code, no index (target: none) ✓' : essayPagefind.join(', ')}`,
    );
    return essayPagefind.length === 0;
  } finally {
    await browser?.close();
    server.close();
  }
}
