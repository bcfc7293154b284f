/**
 * Offline reading (issue 33; docs/decisions.md, "Offline reading"), with the service worker allowed here
 * only (playwright.config.ts blocks it for every other spec, whose routes and request counts it would
 * otherwise answer). Every page of an edition, listed from the build's files, after one first visit; the
 * update flow; the install criteria; "全部离线保存" and an interrupted save.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { htmlFiles, urlPathOf } from '@/lib/static-export/pages';
import { siteDir } from '@/lib/static-export/site-dir';
import { getMessages } from '@/lib/i18n/messages';
import type { VariantId } from '@/lib/site/variants';

// The worker's own requests (what it keeps) reach context.route only with this on (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 60_000 });

/** Every page of an edition, from the build (its essays, 中英对照, themes, About, search). */
const pagesOf = (edition: VariantId) =>
  htmlFiles(siteDir)
    .filter((file) => file.startsWith(`${edition}/`))
    .map(urlPathOf)
    .sort();

const essay = (edition: VariantId) => `/${edition}/articles/ai-race-002/`;

/** Wait until the worker controls the page and has kept the page's edition. */
async function editionSaved(page: Page): Promise<void> {
  await expect(page.locator('html[data-offline-edition="saved"]')).toHaveCount(1, { timeout: 45_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

for (const edition of ['zh-hans', 'zh-hk', 'zh-hant', 'en'] as const) {
  test(`${edition}: after a first visit every page of the edition reads offline`, async ({ context, page }) => {
    await page.goto(essay(edition));
    await editionSaved(page);
    await context.setOffline(true);
    const pages = pagesOf(edition);
    expect(pages.length).toBeGreaterThan(15);
    for (const url of pages) {
      const response = await page.goto(url);
      expect(response?.ok(), url).toBe(true);
      await expect(page.locator('h1').first(), url).toBeVisible();
    }
    await expect(page.locator('[data-offline-notice="offline"]')).toHaveText(getMessages(edition).offline.offlineNow);
    await context.setOffline(false);
    await expect(page.locator('[data-offline-notice="offline"]')).toHaveCount(0);
  });
}

/** The built worker with another build id and a changed revision for one page: what a new deploy serves. */
function newerWorker(changedPage: string): string {
  const source = readFileSync(path.join(siteDir, 'sw.js'), 'utf8');
  const changed = source
    .replace(/build:"[0-9a-f]+"/, 'build:"newer-build"')
    .replace(new RegExp(`(url:"${changedPage.replace(/\//g, '\\/')}",revision:")[0-9a-f]+`), '$1changed');
  expect(changed).toContain('build:"newer-build"');
  expect(changed).toContain(`url:"${changedPage}",revision:"changed"`);
  return changed;
}

test('a newer version: said quietly, never applied mid-read, applied on the next page', async ({ context, page }) => {
  await page.goto(essay('zh-hans'));
  await editionSaved(page);
  const build = await page.locator('html').getAttribute('data-offline-build');
  expect(build).toMatch(/^[0-9a-f]{12}$/);
  await context.route('**/sw.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: newerWorker('/zh-hans/about/') }),
  );
  // The reader is mid-essay: a mark on the window and the scroll position must survive the update.
  await page.evaluate(() => {
    (window as unknown as { reading: boolean }).reading = true;
    window.scrollTo(0, 1500);
  });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect(page.locator('html[data-offline-update="ready"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('[data-offline-notice="update"]')).toHaveText(getMessages('zh-hans').offline.updateReady);
  expect(await page.evaluate(() => (window as unknown as { reading?: boolean }).reading)).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(1500);
  // The next navigation: the new worker takes over, the page comes through it.
  await page.locator('footer a[href="/zh-hans/about/"]').first().click();
  await expect(page).toHaveURL(/\/zh-hans\/about\/$/);
  await expect(page.locator('html[data-offline-build="newer-build"]')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('[data-offline-notice="update"]')).toHaveCount(0);
});

/** Width and height from a PNG's IHDR. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('installable: a manifest per edition with name, start_url, display and icons; the worker controls the page', async ({
  page,
}) => {
  await page.goto('/zh-hk/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/zh-hk/manifest.webmanifest');
  const response = await page.request.get(href!);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    display: string;
    lang: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({ name: 'AI 與工作 · 雙語讀本', start_url: '/zh-hk/', display: 'standalone' });
  expect(manifest.lang).toBe('zh-Hant-HK');
  for (const size of [192, 512]) expect(manifest.icons.some((i) => i.sizes === `${size}x${size}`)).toBe(true);
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const png = await page.request.get(icon.src);
    expect(png.ok(), icon.src).toBe(true);
    const { width, height } = pngSize(await png.body());
    expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
  }
  const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await page.request.get(touch!)).ok()).toBe(true);
  await editionSaved(page);
});

async function saveAll(page: Page) {
  const block = page.locator('main [data-offline-save]');
  await expect(block).toBeVisible();
  await block.locator('button').click();
  return block;
}

test('全部离线保存: an interrupted save says so and is not saved; a complete one keeps every edition and search', async ({
  context,
  page,
}) => {
  test.setTimeout(90_000);
  const t = getMessages('zh-hans').offline;
  await page.goto('/zh-hans/about/');
  await editionSaved(page);
  // One search index file fails to download.
  const broken = '**/pagefind/pagefind-entry.json';
  await context.route(broken, (route) => route.abort('connectionreset'));
  const block = await saveAll(page);
  await expect(block).toHaveAttribute('data-state', 'failed', { timeout: 60_000 });
  await expect(block.locator('[data-offline-save-status]')).toHaveText(t.failedNetwork);
  await context.unroute(broken);
  await block.locator('button').click();
  await expect(block).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  await expect(block.locator('[data-offline-save-status]')).toHaveText(t.saved);

  await context.setOffline(true);
  for (const url of ['/zh-hant/articles/good-bubble-ai-leverage/', '/en/about/', '/zh-hk/themes/', '/']) {
    expect((await page.goto(url))?.ok(), url).toBe(true);
    await expect(page.locator('h1').first(), url).toBeVisible();
  }
  await page.goto('/zh-hant/search/');
  await page.locator('main input[type="search"]').fill('全民基本收入');
  await expect(page.locator('[data-search-status="done"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
});

test.afterEach(async ({ context }: { context: BrowserContext }) => {
  await context.setOffline(false);
});
