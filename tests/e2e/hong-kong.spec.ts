/**
 * 繁體（香港）, the fourth variant (issue 14): Hong Kong forms and 「」 on its pages, reached from the switch at
 * the same paragraph (a menu on phones), searchable with Hong Kong forms, in feeds and the sitemap.
 */
import { expect, test } from '@playwright/test';

const slug = 'accelerated-computing-era';

test('an essay in Hong Kong forms: lang, 「」, 裏/説/着 where Taiwan writes 裡/說/著', async ({ page }) => {
  await page.goto(`/zh-hk/articles/${slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
  const text = await page.locator('main article').innerText();
  expect(text).toContain('「');
  expect(text).not.toContain('“');
  expect(text).toMatch(/[裏説着]/);
  // The same paragraph in Taiwan forms differs only in those forms.
  await page.goto(`/zh-hant/articles/${slug}/`);
  const taiwan = await page.locator('main article').innerText();
  expect(taiwan).not.toMatch(/[裏説]/);
  // Every page names its Hong Kong alternate, and the HK page names the others.
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant-HK"]')).toHaveAttribute(
    'href',
    new RegExp(`/zh-hk/articles/${slug}/$`),
  );
});

test('on a phone the switch is a menu; choosing 繁體中文（香港） keeps the paragraph and is remembered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/zh-hans/articles/${slug}/`);
  await page.evaluate(() => document.getElementById('p-20')!.scrollIntoView({ block: 'start' }));
  await page.locator('details[data-variant-menu] > summary').click();
  await page.locator('details[data-variant-menu] a[data-variant-switch="zh-hk"]').click();
  await expect(page).toHaveURL(new RegExp(`/zh-hk/articles/${slug}/#p-(19|2[01])$`));
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  expect(await page.evaluate(() => localStorage.getItem('ai-work:variant'))).toBe('zh-hk');
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hk\/$/);
});

test('search on /zh-hk/ finds Hong Kong forms (敍事 → 叙事) and shows results in Hong Kong forms', async ({ page }) => {
  await page.goto('/zh-hk/search/');
  await page.locator('main input[type="search"]').fill('敍事');
  await expect(page.locator('[data-search-status="done"]')).toBeVisible();
  const results = page.locator('[data-search-results] li');
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first().locator('a')).toHaveAttribute('href', /^\/zh-hk\/articles\//);
  await expect(page.locator('[data-search-results]')).toContainText('敍事');
});

test('the Hong Kong feed, themes and the sitemap', async ({ page, request }) => {
  const feed = await (await request.get('/zh-hk/feed.xml')).text();
  expect(feed).toContain('<language>zh-Hant-HK</language>');
  expect(feed).toContain(`/zh-hk/articles/${slug}/`);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/zh-hk/articles/${slug}/</loc>`);
  expect(sitemap).toContain('hreflang="zh-Hant-HK"');
  await page.goto('/zh-hk/themes/involution/');
  await expect(page.locator('main a[href^="/zh-hk/articles/"]').first()).toBeVisible();
  await page.goto(`/zh-hk/articles/${slug}/bilingual/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
  await expect(page.locator('[lang="en"]').first()).toBeVisible();
});
