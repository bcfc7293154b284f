import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';
import { siteDir } from '@/lib/static-export/site-dir';
import { chromiumFlags, chromiumPath, serveOut } from '../lib/serve-out';
import { table } from './table';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;

type Kind = 'page code' | 'Pagefind runtime' | 'index';
const kindOf = (pathname: string): Kind | undefined => {
  if (pathname.startsWith('/_next/')) return 'page code';
  if (/\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(pathname)) return 'Pagefind runtime';
  if (pathname.startsWith('/pagefind/')) return 'index';
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

function indexOnDisk() {
  const dir = path.join(siteDir, 'pagefind');
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

/**
 * Search weight, measured in Chromium: what a reader downloads to search (page code that essay pages do
 * not load, Pagefind's runtime, the index chunks and result fragments), and proof that an essay page
 * fetches none of it. Needs `out/`.
 */
export async function benchSearch(): Promise<boolean> {
  const server = await serveOut(4177);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const page = await browser.newPage();
    const essay = await fetched(page, `${server.origin}/zh-hant/articles/ai-race-002/`, async () => {
      await page.mouse.wheel(0, 4000);
    });
    const essayPagefind = [...essay.keys()].filter((p) => kindOf(p) !== 'page code');
    const rows: string[][] = [];
    for (const query of ['全民基本收入', '內卷', '马斯克']) {
      const fresh = await browser.newPage();
      const search = await fetched(
        fresh,
        `${server.origin}/zh-hant/search/?q=${encodeURIComponent(query)}`,
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
        query,
        results ?? '',
        kb(sums['page code']),
        kb(sums['Pagefind runtime']),
        kb(sums.index),
        kb(sums['page code'] + sums['Pagefind runtime'] + sums.index),
      ]);
      await fresh.close();
    }
    const disk = indexOnDisk();
    console.log('\n## Search (gzip -9, KB; measured in Chromium on the 繁體 search page)\n');
    console.log(
      `Index on disk: ${disk.files} files, ${kb(disk.bytes)} KB (${kb(disk.gzip)} KB gzip); a search fetches only the chunks it needs.\n`,
    );
    table(['query', 'results', 'search-only page code', 'Pagefind runtime', 'index fetched', 'total'], rows);
    console.log(
      `\nFetched by an essay page: ${essayPagefind.length === 0 ? 'no search code, no index (target: none) ✓' : essayPagefind.join(', ')}`,
    );
    return essayPagefind.length === 0;
  } finally {
    await browser.close();
    server.close();
  }
}
