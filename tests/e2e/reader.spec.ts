import { expect, test } from '@playwright/test';
import { axe, violationLines } from './axe';
import { prefKeys } from '@/lib/browser/reader-prefs';
import { openSettings, variantIds } from './helpers';

const essay = (variant: string) => `/${variant}/articles/ai-strike-human-involution/`;

test('font size: four steps, remembered across pages and scripts', async ({ page }) => {
  await page.goto(essay('zh-hans'));
  const size = () =>
    page
      .locator('.prose-zh p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const base = await size();
  await openSettings(page);
  await page.locator('[data-font-control="larger"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 'l');
  expect(await size()).toBeGreaterThan(base);
  await page.locator('[data-font-control="larger"]').click();
  await expect(page.locator('[data-font-control="larger"]')).toHaveAttribute('aria-disabled', 'true');
  // The control answers at once; the size is applied and stored after the next paint (islands/reader-controls.ts):
  // wait for that state, not just the answer, before leaving the page (a fresh clone once left with "l").
  await expect(page.locator('html')).toHaveAttribute('data-font', 'xl');
  await page.goto('/zh-hant/articles/ai-race-002/');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'xl');
  await openSettings(page);
  await expect(page.locator('[data-font-step-name]')).toHaveText('特大');
  await page.locator('[data-font-control="smaller"]').click();
  await page.locator('[data-font-control="smaller"]').click();
  await page.locator('[data-font-control="smaller"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 's');
  expect(await size()).toBeLessThan(base);
});

test('font size: a step asked for in the frame the reader leaves in is still remembered', async ({ page }) => {
  await page.goto(essay('zh-hans'));
  await openSettings(page);
  // The tap and the page going in one task: the step is still pending (it is applied after the next paint), so
  // only the pagehide handler can keep it. (A real navigation is slower than a frame: the page is hidden here.)
  const stored = await page.evaluate((key) => {
    document.querySelector<HTMLButtonElement>('[data-font-control="larger"]')!.click();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    return localStorage.getItem(key);
  }, prefKeys.font);
  expect(stored).toBe('l');
  await page.goto('/zh-hans/articles/ai-race-002/');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'l');
});

test('theme: follows the system, can be overridden, is remembered, and never flashes', async ({ page }) => {
  // Record the theme the moment <body> starts: that is before first paint.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(essay('zh-hans'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openSettings(page);
  await expect(page.locator('[data-theme-option="system"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-theme-option="light"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.goto('/zh-hant/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('light');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(251, 250, 247)');
  await openSettings(page);
  await expect(page.locator('[data-theme-option="light"]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('[data-theme-option="dark"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(essay('zh-hant'));
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  // The essay in Simplified; in 繁 and 港 the shortest, as in a11y.spec.ts: their markup is the Simplified
  // essay's, and what changes between editions (fonts, words, quotes) shows on any essay.
  const darkEssay = (variant: string) => (variant === 'zh-hans' ? essay(variant) : `/${variant}/articles/ai-race-002/`);
  for (const variant of variantIds) {
    for (const path of [`/${variant}/`, darkEssay(variant), `/${variant}/themes/`, `/${variant}/themes/involution/`]) {
      test(`${path}: no axe violations in dark mode`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
        expect(violationLines(results)).toEqual([]);
      });
    }
  }
});

test('print media hides navigation chrome and keeps the essay and its notes', async ({ page }) => {
  await page.goto('/zh-hans/articles/ai-race-002/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header, header.sticky')).toBeHidden();
  await expect(page.locator('footer').last()).toBeHidden();
  await expect(page.locator('main .prose-zh p').first()).toBeVisible();
  await expect(page.locator('section[data-footnotes]')).toBeVisible();
});
