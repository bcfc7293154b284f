import { expect, test } from '@playwright/test';

const slug = 'ai-strike-human-involution';

test('with JavaScript: the switch keeps the reader at the same paragraph and remembers the choice', async ({
  page,
}) => {
  await page.goto(`/zh-hans/articles/${slug}/`);
  await page.locator('#p-20').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('p-20')!.scrollIntoView({ block: 'start' }));
  await page.locator('[data-variant-row] a[data-variant-switch="zh-hant"]').click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/articles/${slug}/#p-2[01]$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  expect(await page.evaluate(() => localStorage.getItem('ai-work:variant'))).toBe('zh-hant');

  // Next time, `/` goes straight to the remembered script, whatever the browser language.
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hant\/$/);

  // And back: 简 from the Traditional page.
  await page.goto(`/zh-hant/articles/${slug}/`);
  await page.locator('[data-variant-row] a[data-variant-switch="zh-hans"]').click();
  await expect(page).toHaveURL(new RegExp(`/zh-hans/articles/${slug}/`));
  expect(await page.evaluate(() => localStorage.getItem('ai-work:variant'))).toBe('zh-hans');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch is a plain link to the same page in the other script', async ({ page }) => {
    await page.goto(`/zh-hans/articles/${slug}/`);
    const link = page.locator('[data-variant-row] a[data-variant-switch="zh-hant"]');
    await expect(link).toHaveAttribute('href', `/zh-hant/articles/${slug}/`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/zh-hant/articles/${slug}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await page.goto('/zh-hant/');
    await page.locator('[data-variant-row] a[data-variant-switch="zh-hans"]').click();
    await expect(page).toHaveURL(/\/zh-hans\/$/);
  });
});
