import { expect, test } from '@playwright/test';
import { openSettings, settled, watchForErrors } from './helpers';

/** The offline island loads after `load`, once idle (islands/entry.ts; tests/e2e/offline.spec.ts): not part of a page's own loading. */
const notOffline = (path: string) => !path.startsWith('/_islands/offline.');

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
    expect(requests.filter((r) => /\.js$/.test(r) && notOffline(r))).toEqual([
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
  expect(
    requests
      .filter((r) => r.startsWith('/_islands/') && notOffline(r))
      .map((r) => r.replace(/\.[0-9a-f]{12}\.js$/, '')),
  ).toEqual(['/_islands/islands', '/_islands/search', '/_islands/query-script']);
  await openSettings(page);
  await page.locator('[data-font-control="larger"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 'l');
  check();
});
