import { expect, test, type Page } from '@playwright/test';
import { pillOverlaps } from './tap-targets';

/**
 * Issue 28: the floating 目录 never sits over the text being read. It is tucked below the screen while the
 * reader scrolls down and from the notes to the end, and comes back on scrolling up; at 1440 px on 中英对照
 * it keeps to the margin beside the English column, so it covers nothing in either direction. Checked at
 * every step of a scroll through the whole essay (reduced motion: no transition to wait for).
 */
test.use({ reducedMotion: 'reduce' });

const pill = (page: Page) => page.locator('details[data-toc="floating"] > summary');
const frames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
const atEnd = (page: Page) => page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);

/** Scroll by `step` until the end (or the top), checking the pill at every stop; returns the overlaps seen. */
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
    overlaps.push(...(await page.evaluate(pillOverlaps)).map((o) => `${o} at y=${before + step}`));
    if (step > 0 ? await atEnd(page) : await page.evaluate(() => scrollY <= 0)) break;
  }
  return { stops, overlaps };
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of [
    '/zh-hans/articles/accelerated-computing-era/',
    '/zh-hant/articles/ai-race-002/',
    '/en/articles/good-bubble-ai-leverage/',
    '/zh-hk/articles/ai-resignation-letters/bilingual/',
  ]) {
    test(`${path}: reading down never has the pill over the text; it comes back on scrolling up`, async ({ page }) => {
      await page.goto(path);
      await frames(page);
      expect(await page.evaluate(pillOverlaps), 'on arrival').toEqual([]);
      const down = await scrollThrough(page, 280);
      expect(down.stops).toBeGreaterThan(8);
      expect(down.overlaps).toEqual([]);
      // At the end (the notes, 延伸阅读, the footer) it stays away.
      await expect(pill(page)).not.toBeInViewport();
      // Scrolling back up from the notes brings it back, in the screen's corner …
      await page.evaluate(() => document.querySelector('main h2')!.scrollIntoView());
      await page.mouse.wheel(0, -200);
      await expect(pill(page)).toBeInViewport();
      // … and reading on tucks it away again.
      await page.mouse.wheel(0, 200);
      await expect(pill(page)).not.toBeInViewport();
      // Focus (a keyboard) brings it back, and it opens.
      await pill(page).focus();
      await expect(pill(page)).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('details[data-toc="floating"] a[data-toc-link]').first()).toBeVisible();
    });
  }

  test('on arrival at a shared paragraph the pill covers nothing', async ({ page }) => {
    await page.goto('/zh-hans/articles/accelerated-computing-era/#p-40');
    await frames(page);
    expect(await page.evaluate(pillOverlaps)).toEqual([]);
  });
});

test('1440 px, 中英对照: the pill never covers the English column, scrolling down or up', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-hans/articles/accelerated-computing-era/bilingual/');
  const down = await scrollThrough(page, 400);
  expect(down.stops).toBeGreaterThan(8);
  expect(down.overlaps).toEqual([]);
  const up = await scrollThrough(page, -400);
  expect(up.stops).toBeGreaterThan(8);
  expect(up.overlaps).toEqual([]);
  // It was shown on the way up, beside the English column.
  await page.evaluate(() => window.scrollTo(0, 3000));
  await page.mouse.wheel(0, -300);
  await expect(pill(page)).toBeInViewport();
  const box = (await pill(page).boundingBox())!;
  const english = await page.locator('.bi-en').first().boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(english!.x + english!.width);
});

test('the pill moves without animation when the reader asks for reduced motion', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zh-hans/articles/ai-race-002/');
  const duration = await page
    .locator('details[data-toc="floating"]')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the pill simply stays, and opens', async ({ page }) => {
    await page.goto('/zh-hans/articles/ai-race-002/');
    await expect(pill(page)).toBeInViewport();
    await pill(page).click();
    await expect(page.locator('details[data-toc="floating"] a[data-toc-link]').first()).toBeVisible();
  });
});
