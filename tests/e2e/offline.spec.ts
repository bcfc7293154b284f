/**
 * Offline reading (issue 33; docs/decisions.md, "Offline reading"), with the service worker allowed here
 * only (playwright.config.ts blocks it for every other spec, whose routes and request counts it would
 * otherwise answer). Every page of an edition, listed from the build's files, after one first visit; the
 * update flow (a new build deployed under the reader, by a server of the test's own); the install criteria;
 * "全部离线保存" and an interrupted save.
 */
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { onePerTemplate } from './helpers';
import { htmlFiles, urlPathOf } from '@/lib/static-export/pages';
import { siteDir } from '@/lib/static-export/site-dir';
import { getMessages } from '@/lib/i18n/messages';
import { startSiteServer } from '@/lib/serve/site-server';
import { variantIds, type VariantId } from '@/lib/site/variants';

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

/**
 * Every page of one edition, and one page of each template in the others: the worker is the same code for
 * every edition, and what differs, each edition's list of pages, is checked against the build for every
 * edition in tests/site/offline.test.ts.
 */
const readWhole: VariantId = 'zh-hk';

for (const edition of variantIds) {
  const whole = edition === readWhole;
  test(`${edition}: after a first visit ${whole ? 'every page' : 'a page of each template'} of the edition reads offline`, async ({
    context,
    page,
  }) => {
    await page.goto(essay(edition));
    await editionSaved(page);
    await context.setOffline(true);
    const pages = whole ? pagesOf(edition) : onePerTemplate(pagesOf(edition));
    expect(pages.length).toBeGreaterThan(whole ? 15 : 5);
    for (const url of pages) {
      const response = await page.goto(url);
      expect(response?.ok(), url).toBe(true);
      await expect(page.locator('h1').first(), url).toBeVisible();
    }
    await expect(page.locator('[data-offline-notice="offline"]')).toHaveText(getMessages(edition).offline.offlineNow);
  });
}

/**
 * A server of its own for a test that deploys a new build under the reader: it serves whatever `link`
 * points to (lib/serve resolves the link per request), so switching the link is a deploy.
 */
async function deployable(t: { tmp: string }) {
  const link = path.join(t.tmp, 'site');
  symlinkSync(realpathSync(siteDir), link);
  const server = await startSiteServer({ siteDir: link, host: '127.0.0.1', port: 0 });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    /** A copy of the build, changed by `edit`, published in one step. */
    deploy(name: string, edit: (dir: string) => void) {
      const dir = path.join(t.tmp, name);
      cpSync(realpathSync(siteDir), dir, { recursive: true });
      edit(dir);
      const next = `${link}.next`;
      symlinkSync(dir, next);
      renameSync(next, link);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Change a built file: its precompressed copies go (the server then sends the file itself). */
function editFile(dir: string, file: string, change: (text: string) => string) {
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
  rmSync(`${full}.br`, { force: true });
  rmSync(`${full}.gz`, { force: true });
}

test('a newer version: said quietly, never applied mid-read, applied on the next page', async ({ page }) => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'offline-update-'));
  const site = await deployable({ tmp });
  try {
    await page.goto(`${site.origin}/zh-hans/articles/ai-race-002/`);
    await editionSaved(page);
    expect(await page.locator('html').getAttribute('data-offline-build')).toMatch(/^[0-9a-f]{12}$/);
    // The reader is mid-essay: a mark on the window and the scroll position must outlive the update.
    await page.evaluate(() => {
      (window as unknown as { reading: boolean }).reading = true;
      window.scrollTo(0, 1500);
    });
    // A new build: About changed, so the worker's list has another revision for it and another build id.
    site.deploy('newer', (dir) => {
      editFile(dir, 'zh-hans/about/index.html', (html) => html.replace('<main', '<main data-newer-build=""'));
      editFile(dir, 'sw.js', (js) =>
        js
          .replace(/build:"[0-9a-f]+"/, 'build:"newer-build"')
          .replace(/(url:"\/zh-hans\/about\/",revision:")[0-9a-f]+/, '$1changed'),
      );
      expect(readFileSync(path.join(dir, 'sw.js'), 'utf8')).toContain('url:"/zh-hans/about/",revision:"changed"');
    });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(page.locator('html[data-offline-update="ready"]')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('[data-offline-notice="update"]')).toHaveText(getMessages('zh-hans').offline.updateReady);
    expect(await page.evaluate(() => (window as unknown as { reading?: boolean }).reading)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(1500);
    // The next page: the new worker takes over, and the page is the new build's.
    await page.locator('a[href="/zh-hans/about/"]').first().click();
    await expect(page).toHaveURL(/\/zh-hans\/about\/$/);
    await expect(page.locator('main[data-newer-build]')).toHaveCount(1);
    await expect(page.locator('html[data-offline-build="newer-build"]')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator('[data-offline-notice="update"]')).toHaveCount(0);
  } finally {
    await site.close();
    rmSync(tmp, { recursive: true, force: true });
  }
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

test('全部离线保存: an interrupted save says so and is not saved; a complete one keeps every edition and search', async ({
  context,
  page,
}) => {
  test.setTimeout(90_000);
  const t = getMessages('zh-hans').offline;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'offline-save-'));
  const site = await deployable({ tmp });
  try {
    await page.goto(`${site.origin}/zh-hans/about/`);
    await editionSaved(page);
    // One file of the search index cannot be downloaded (gone from the server mid-save).
    site.deploy('broken', (dir) => {
      for (const suffix of ['', '.br', '.gz'])
        rmSync(path.join(dir, `pagefind/pagefind-entry.json${suffix}`), { force: true });
    });
    const block = page.locator('main [data-offline-save]');
    await expect(block).toBeVisible();
    await block.locator('button').click();
    await expect(block).toHaveAttribute('data-state', 'failed', { timeout: 60_000 });
    await expect(block.locator('[data-offline-save-status]')).toHaveText(t.failedNetwork);
    // The file is back: saving again completes.
    site.deploy('whole', () => {});
    await block.locator('button').click();
    await expect(block).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
    await expect(block.locator('[data-offline-save-status]')).toHaveText(t.saved);

    await context.setOffline(true);
    for (const url of ['/zh-hant/articles/good-bubble-ai-leverage/', '/en/about/', '/zh-hk/themes/', '/']) {
      expect((await page.goto(`${site.origin}${url}`))?.ok(), url).toBe(true);
      await expect(page.locator('h1').first(), url).toBeVisible();
    }
    await page.goto(`${site.origin}/zh-hant/search/`);
    await page.locator('main input[type="search"]').fill('全民基本收入');
    await expect(page.locator('[data-search-status="done"]')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  } finally {
    await context.setOffline(false);
    await site.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('全部离线保存 with too little storage: says so, saves nothing as complete', async ({ page }) => {
  await page.goto('/zh-hk/about/');
  await editionSaved(page);
  // The origin's quota, as a nearly full device would give it: what is used now and 100 KB more.
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    quotaSize: usage + 100 * 1024,
  });
  const block = page.locator('main [data-offline-save]');
  await block.locator('button').click();
  await expect(block).toHaveAttribute('data-state', 'failed');
  await expect(block.locator('[data-offline-save-status]')).toHaveText(getMessages('zh-hk').offline.failedQuota);
});
