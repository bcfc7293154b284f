import { expect, test, type Page } from '@playwright/test';
import { fixedOverlaps } from './tap-targets';

/**
 * Issue 28: the essay's contents never sit over the text being read. They open from the essay's short title
 * in the site header, which shows once the reader is past the h1; nothing else is fixed on the screen over
 * the text, reading down or back up, on a phone or beside 中英对照's columns at 1440 px.
 */
test.use({ reducedMotion: 'reduce' });

const trigger = (page: Page) => page.locator('[data-site-header] details[data-toc="header"] > summary');
const entries = (page: Page) => page.locator('[data-site-header] details[data-toc="header"] a[data-toc-link]');
const frames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Scroll by `step` to the end (or the top), checking every stop; returns the overlaps seen. */
async function scrollThrough(page: Page, step: number): Promise<{ stops: number; overlaps: string[] }> {
  const overlaps: string[] = [];
  let stops = 0;
  for (let i = 0; i < 300; i++) {
    const before = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, step);
    await page.waitForFunction(
      ([b, down]) =>
        scrollY !== b || (down ? innerHeight + scrollY >= document.documentElement.scrollHeight - 2 : scrollY <= 0),
      [before, step > 0] as const,
    );
    await frames(page);
    stops++;
    overlaps.push(...(await page.evaluate(fixedOverlaps)).map((o) => `${o} at y=${before + step}`));
    const done = await page.evaluate(
      (down) => (down ? innerHeight + scrollY >= document.documentElement.scrollHeight - 2 : scrollY <= 0),
      step > 0,
    );
    if (done) break;
  }
  return { stops, overlaps };
}

/** Past the h1, the title opens the contents on the section being read; an entry takes the reader there. */
async function opensFromTheTitle(page: Page) {
  await expect(trigger(page)).toBeHidden();
  // A heading at the top of the screen: past the h1, in a section.
  await page
    .locator('main h2')
    .nth(2)
    .evaluate((h) => h.scrollIntoView());
  await expect(trigger(page)).toBeVisible();
  const box = (await trigger(page).boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  await trigger(page).click();
  await expect(entries(page).first()).toBeVisible();
  await expect(page.locator('[data-site-header] a[data-toc-link][aria-current="location"]')).toBeInViewport();
  // The list drops below the header, over the text only while the reader has it open.
  const list = (await page.locator('[data-site-header] details[data-toc="header"] > div').boundingBox())!;
  const header = (await page.locator('[data-site-header]').boundingBox())!;
  expect(list.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  const last = entries(page).last();
  const target = decodeURIComponent((await last.getAttribute('href'))!.slice(1));
  await last.click();
  await expect(entries(page).first()).toBeHidden();
  await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  // Keyboard: Enter opens, Escape closes and gives the focus back to the title.
  await trigger(page).focus();
  await page.keyboard.press('Enter');
  await expect(entries(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(entries(page).first()).toBeHidden();
  await expect(trigger(page)).toBeFocused();
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  // What is fixed on the screen is the template's, not the essay's: each edition's reading page and a 中英对照
  // page, on the shortest essay (its headings, notes and 延伸阅读 are those of any essay; the longest took 23 s
  // here, 50 stops each way).
  for (const path of [
    '/zh-hans/articles/ai-race-002/',
    '/zh-hant/articles/ai-race-002/',
    '/en/articles/ai-race-002/',
    '/zh-hk/articles/ai-race-002/bilingual/',
  ]) {
    test(`${path}: nothing fixed over the text reading down or up; the title opens the contents`, async ({ page }) => {
      await page.goto(path);
      await frames(page);
      expect(await page.evaluate(fixedOverlaps), 'on arrival').toEqual([]);
      // A long essay on a busy machine: up to 50 stops each way.
      test.setTimeout(90_000);
      // Steps just under a screen (844 px): every part of the page is on screen at some stop.
      const down = await scrollThrough(page, 800);
      expect(down.stops).toBeGreaterThan(4);
      expect(down.overlaps).toEqual([]);
      const up = await scrollThrough(page, -800);
      expect(up.stops).toBeGreaterThan(4);
      expect(up.overlaps).toEqual([]);
      await opensFromTheTitle(page);
    });
  }
});

test('1440 px, 中英对照: nothing fixed over either column; the title opens the contents', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-hans/articles/ai-race-002/bilingual/');
  const down = await scrollThrough(page, 850);
  expect(down.stops).toBeGreaterThan(4);
  expect(down.overlaps).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await opensFromTheTitle(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the title shows from the start and opens the contents', async ({ page }) => {
    await page.goto('/zh-hans/articles/ai-race-002/');
    await expect(trigger(page)).toBeVisible();
    await trigger(page).click();
    await expect(entries(page).first()).toBeVisible();
  });
});
