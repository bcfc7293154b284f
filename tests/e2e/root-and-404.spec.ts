import { expect, test } from '@playwright/test';

for (const [locale, expected] of [
  ['zh-TW', 'zh-hant'],
  ['zh-HK', 'zh-hant'],
  ['zh-MO', 'zh-hant'],
  ['zh-CN', 'zh-hans'],
  ['en-US', 'zh-hans'],
] as const) {
  test.describe(`browser language ${locale}`, () => {
    test.use({ locale });
    test(`/ goes to /${expected}/`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/ links to both scripts', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('a[href="/zh-hans/"]').first()).toBeVisible();
    await expect(page.locator('a[href="/zh-hant/"]').first()).toBeVisible();
  });
});

for (const path of ['/no-such-page/', '/zh-hans/articles/no-such-essay/', '/zh-hk/', '/en/articles/ai-race-002/']) {
  test(`${path} is a 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('404');
    await expect(page.locator('a[href="/zh-hans/"]')).toBeVisible();
    await expect(page.locator('a[href="/zh-hant/"]')).toBeVisible();
  });
}
