import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, fileFor, outDir } from './built-site';
import { openSettings, settled, watchForErrors } from './helpers';

test('no page in out/ carries the framework runtime or an RSC payload, the search pages included', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(70);
  const problems: string[] = [];
  let withIslands = 0;
  for (const page of pages) {
    const file = fileFor(page)!;
    const html = readFileSync(file, 'utf8');
    if (html.includes('data-keeps-runtime')) problems.push(`${page}: asks to keep the runtime (no page may)`);
    for (const [what, re] of [
      ['a runtime chunk', /<script[^>]+src="\/_next\//],
      ['a script preload', /<link[^>]+as="script"/],
      ['the RSC payload', /self\.__next_f/],
      ['Turbopack’s bootstrap', /TURBOPACK/],
      ['any reference to a Next.js script', /\/_next\/[^"]+\.js/],
    ] as const) {
      if (re.test(html)) problems.push(`${page}: ${what}`);
    }
    if (path.basename(file) === 'index.html') {
      // Beside a page: only other pages' folders and its own index.html (robots.txt, the sitemap, the icon
      // and the 404 page at the root; feeds in a variant's folder), their precompressed copies, and the
      // hosts' header files at the root. Anything else is left-over router data.
      const extra = readdirSync(path.dirname(file), { withFileTypes: true })
        .filter(
          (e) =>
            e.isFile() &&
            !/^(index\.html|404\.html|robots\.txt|sitemap\.xml|icon\.svg|feed\.xml)(\.gz|\.br)?$/.test(e.name) &&
            !/^(_headers|vercel\.json)$/.test(e.name),
        )
        .map((e) => e.name);
      if (extra.length > 0) problems.push(`${page}: files beside it that nothing links to (${extra.join(', ')})`);
    }
    const modules = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]!);
    if (html.includes('data-island=')) {
      withIslands += 1;
      if (modules.length !== 1 || !/^\/_islands\/islands\.[0-9a-f]{12}\.js$/.test(modules[0]!)) {
        problems.push(`${page}: expected one islands module, found ${JSON.stringify(modules)}`);
      } else if (!existsSync(path.join(outDir, modules[0]!))) problems.push(`${page}: ${modules[0]} is missing`);
    } else if (modules.length > 0) problems.push(`${page}: loads the islands module without islands`);
  }
  expect(problems).toEqual([]);
  expect(withIslands).toBeGreaterThan(60);
});

for (const page of [
  '/zh-hans/articles/ai-race-002/',
  '/en/articles/ai-race-002/',
  '/zh-hant/articles/ai-race-002/bilingual/',
  '/zh-hans/themes/',
]) {
  test(`${page} loads the islands module and nothing of Next.js in the browser`, async ({ page: tab }) => {
    const check = watchForErrors(tab);
    const requests: string[] = [];
    tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await tab.goto(page);
    await settled(tab);
    expect(requests.filter((r) => /\.js$/.test(r))).toEqual([
      expect.stringMatching(/^\/_islands\/islands\.[0-9a-f]+\.js$/),
    ]);
    expect(requests.filter((r) => r.endsWith('.txt'))).toEqual([]);
    // The islands ran: the reader controls follow <html>, which the head script set.
    await expect(tab.locator('[data-font-control="smaller"]')).toHaveAttribute('aria-disabled', 'false');
    await expect(tab.locator('[data-theme-option="system"]')).toHaveAttribute('aria-pressed', 'true');
    check();
  });
}

test('the search page loads the islands module, its search island and nothing of Next.js', async ({ page }) => {
  const check = watchForErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/zh-hans/search/?q=内卷');
  await expect(page.locator('main a[href*="#p-"]').first()).toBeVisible();
  expect(requests.filter((r) => r.startsWith('/_next/') && r.endsWith('.js'))).toEqual([]);
  expect(requests.filter((r) => r.startsWith('/_islands/')).map((r) => r.replace(/\.[0-9a-f]{12}\.js$/, ''))).toEqual([
    '/_islands/islands',
    '/_islands/search',
    '/_islands/query-script',
  ]);
  await openSettings(page);
  await page.locator('[data-font-control="larger"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 'l');
  check();
});
