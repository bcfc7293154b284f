import { expect, test } from '@playwright/test';
import { variants } from '@/lib/site/variants';

for (const [locale, expected] of [
  ['zh-TW', 'zh-hant'],
  ['zh-HK', 'zh-hk'],
  ['zh-MO', 'zh-hk'],
  ['zh-CN', 'zh-hans'],
  ['en-US', 'en'],
  ['fr-FR', 'zh-hans'],
] as const) {
  test.describe(`browser language ${locale}`, () => {
    test.use({ locale });
    test(`/ goes to /${expected}/`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
    });
  });
}

test('/ sends a reader who chose English back to English, whatever the browser says', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW' });
  const page = await context.newPage();
  await page.goto('/zh-hant/');
  await page.evaluate(() => localStorage.setItem('ai-work:variant', 'en'));
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/no-such-page/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1:visible')).toHaveText('Page not found');
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/ links to every variant', async ({ page }) => {
    await page.goto('/');
    for (const v of variants) await expect(page.locator(`a[href="/${v.id}/"]`).first()).toBeVisible();
  });
});

const notFoundCases = [
  // The URL's script wins; elsewhere the browser's language decides.
  { path: '/zh-hant/articles/no-such-essay/', locale: 'zh-CN', variant: 'zh-hant' },
  { path: '/zh-hans/themes/no-such-theme/', locale: 'zh-TW', variant: 'zh-hans' },
  { path: '/no-such-page/', locale: 'zh-TW', variant: 'zh-hant' },
  { path: '/zh-hk/articles/no-such-essay/', locale: 'zh-CN', variant: 'zh-hk' },
  { path: '/no-such-page/', locale: 'zh-HK', variant: 'zh-hk' },
  { path: '/zh-xx/', locale: 'en-US', variant: 'en' },
  { path: '/zh-xx/', locale: 'fr-FR', variant: 'zh-hans' },
  { path: '/en/articles/no-such-essay/', locale: 'zh-CN', variant: 'en' },
] as const;

for (const { path, locale, variant } of notFoundCases) {
  test.describe(`404 at ${path} (${locale})`, () => {
    test.use({ locale });
    test(`is a 404 page in ${variant} with links back into the site`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      const expected = {
        'zh-hans': { lang: 'zh-Hans', heading: '找不到这个页面' },
        'zh-hant': { lang: 'zh-Hant', heading: '找不到這個頁面' },
        'zh-hk': { lang: 'zh-Hant-HK', heading: '找不到這個頁面' },
        en: { lang: 'en', heading: 'Page not found' },
      }[variant];
      await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
      const heading = page.locator('h1:visible');
      await expect(heading).toHaveCount(1);
      await expect(heading).toHaveText(expected.heading);
      for (const target of [`/${variant}/`, `/${variant}/themes/`, `/${variant}/about/`])
        await expect(page.locator(`main a[href="${target}"]:visible`)).toHaveCount(1);
      // Issue 28: the site's header in the reader's edition, and a search form that works.
      const header = page.locator('header[data-site-header]:visible');
      await expect(header).toHaveCount(1);
      await expect(header.locator(`a[href="/${variant}/"]`)).toBeVisible();
      await expect(header.locator(`a[href="/${variant}/themes/"]`)).toBeVisible();
      const form = page.locator('main form[role="search"]:visible');
      await expect(form).toHaveCount(1);
      await expect(form).toHaveAttribute('action', `/${variant}/search/`);
      const other = variant === 'zh-hant' ? 'zh-hans' : 'zh-hant';
      await expect(page.locator(`a[href="/${other}/"]`).first()).toBeHidden();
      await form.locator('input[name="q"]').fill(variant === 'en' ? 'resignation' : '内卷');
      await form.locator('button[type="submit"]').click();
      await expect(page).toHaveURL(new RegExp(`/${variant}/search/\\?q=`));
      await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    });
  });
}

test.describe('404 without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows every script', async ({ page }) => {
    const response = await page.goto('/zh-hant/no-such-page/');
    expect(response?.status()).toBe(404);
    for (const v of variants.filter((v) => v.kind === 'script'))
      await expect(page.locator(`main a[href="/${v.id}/"]`)).toBeVisible();
  });
});
