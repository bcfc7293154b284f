import { expect, test } from '@playwright/test';

/**
 * Issue 28: a theme link in the text opens a small popover, as a glossary term does: the theme's name, its
 * one-line description and a link to the theme page. Keyboard and screen-reader accessible; without
 * scripting the link goes to the theme page.
 */
const link = 'main .prose-zh a.theme-link[data-topic="involution"]';

for (const [variant, name] of [
  ['zh-hans', '内卷'],
  ['zh-hk', '內卷'],
  ['en', 'Involution'],
] as const) {
  test(`${variant}: a tap on a theme link shows the theme, with a way to its page`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${variant}/articles/ai-strike-human-involution/`);
    const theme = page.locator(link).first();
    await expect(theme).toHaveAttribute('aria-expanded', 'false');
    await theme.scrollIntoViewIfNeeded();
    await theme.click();
    const popover = page.locator('[data-theme-popover]');
    await expect(popover).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${variant}/articles/ai-strike-human-involution/$`));
    await expect(theme).toHaveAttribute('aria-expanded', 'true');
    await expect(theme).toHaveAttribute('aria-controls', (await popover.getAttribute('id'))!);
    await expect(popover.locator('strong')).toContainText(name);
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const goto = popover.locator('a');
    expect((await goto.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await goto.click();
    await expect(page).toHaveURL(new RegExp(`/${variant}/themes/involution/$`));
  });
}

test('near the foot of a phone screen it opens above the link, all of it on the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/articles/ai-strike-human-involution/');
  const theme = page.locator(link).first();
  await theme.scrollIntoViewIfNeeded();
  // The link on the screen's last lines: below it, the popover ended at 870 px (a reader's report).
  await page.evaluate((top) => window.scrollBy(0, top - (innerHeight - 70)), (await theme.boundingBox())!.y);
  const at = (await theme.boundingBox())!;
  expect(at.y).toBeGreaterThan(844 - 100);
  await theme.click();
  const popover = page.locator('[data-theme-popover]');
  await expect(popover).toBeVisible();
  const box = (await popover.boundingBox())!;
  const header = (await page.locator('[data-site-header]').boundingBox())!;
  expect(box.y + box.height, 'above the link').toBeLessThanOrEqual(at.y);
  expect(box.y, 'below the header').toBeGreaterThanOrEqual(header.y + header.height);
  await expect(popover.locator('a')).toBeInViewport({ ratio: 1 });
});

test('keyboard: Enter opens it, Tab reaches its link, Escape closes it and keeps focus; a tap elsewhere closes', async ({
  page,
}) => {
  await page.goto('/zh-hant/articles/ai-strike-human-involution/');
  const theme = page.locator(link).first();
  const popover = page.locator('[data-theme-popover]');
  await theme.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(theme).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(popover.locator('a')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(theme).toBeFocused();
  await expect(theme).toHaveAttribute('aria-expanded', 'false');
  await theme.click();
  await expect(popover).toBeVisible();
  await theme.click();
  await expect(popover).toBeHidden();
  await theme.click();
  await page.locator('main h1').click();
  await expect(popover).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a theme link goes to the theme page', async ({ page }) => {
    await page.goto('/zh-hans/articles/ai-strike-human-involution/');
    await page.locator(link).first().click();
    await expect(page).toHaveURL(/\/zh-hans\/themes\/involution\/$/);
  });
});
