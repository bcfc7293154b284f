import { expect, test, type Page } from '@playwright/test';
import { slugs } from './helpers';

/**
 * Issue 28, the phone reader's controls on essay pages: the 中文 | 对照 | EN choice on the first screen, the
 * byline's separators, the essay's title in the header once the h1 is passed, and the notice when a
 * remembered 中英对照 choice changed the page a link named.
 */

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;

/** Every form of one essay: the four editions and the three 中英对照 pages. */
const pages = (slug: string) => [
  { path: `/zh-hans/articles/${slug}/`, current: 'zh', labels: ['中文', '对照', 'EN'] },
  { path: `/zh-hant/articles/${slug}/`, current: 'zh', labels: ['中文', '對照', 'EN'] },
  { path: `/zh-hk/articles/${slug}/`, current: 'zh', labels: ['中文', '對照', 'EN'] },
  { path: `/en/articles/${slug}/`, current: 'en', labels: ['中文', 'Bilingual', 'EN'] },
  { path: `/zh-hans/articles/${slug}/bilingual/`, current: 'bilingual', labels: ['中文', '对照', 'EN'] },
  { path: `/zh-hant/articles/${slug}/bilingual/`, current: 'bilingual', labels: ['中文', '對照', 'EN'] },
  { path: `/zh-hk/articles/${slug}/bilingual/`, current: 'bilingual', labels: ['中文', '對照', 'EN'] },
];

test.describe('on a 390 × 844 phone', () => {
  test.use(phone);

  for (const slug of slugs) {
    test(`${slug}: 中文 | 对照 | EN is on the first screen of every form, 44 px a segment`, async ({ page }) => {
      for (const { path, current, labels } of pages(slug)) {
        await page.goto(path);
        const segments = page.locator('main [data-mode-segments] > li > :is(a, span)');
        await expect(segments, path).toHaveText(labels);
        await expect(page.locator(`main [data-mode-segments] [aria-current="page"]`), path).toHaveAttribute(
          'data-mode',
          current,
        );
        for (const box of await segments.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
          expect(box.bottom, `${path}: on the first screen`).toBeLessThanOrEqual(844);
          expect(box.top, path).toBeGreaterThan(56); // below the sticky header
          expect(box.height, path).toBeGreaterThanOrEqual(44);
          expect(box.width, path).toBeGreaterThanOrEqual(44);
        }
        // The first paragraph still starts on the first screen.
        const first = await page.locator('main .prose-zh > p').first().boundingBox();
        expect(first!.y, path).toBeLessThan(844 - 60);
      }
    });
  }

  test('对照 is a plain link that keeps the place; 中文 from 中英对照 is remembered', async ({ page }) => {
    await page.goto('/zh-hant/articles/ai-race-002/');
    await page.locator('main [data-mode-segments] a[data-mode="bilingual"]').click();
    await expect(page).toHaveURL(/\/zh-hant\/articles\/ai-race-002\/bilingual\/$/);
    expect(await page.evaluate(() => localStorage.getItem('ai-work:mode'))).toBe('bilingual');
    await page.locator('main [data-mode-segments] a[data-mode="zh"]').click();
    await expect(page).toHaveURL(/\/zh-hant\/articles\/ai-race-002\/$/);
    expect(await page.evaluate(() => localStorage.getItem('ai-work:mode'))).toBe('zh');
    await page.locator('main [data-mode-segments] a[data-mode="en"]').click();
    await expect(page).toHaveURL(/\/en\/articles\/ai-race-002\/$/);
    await expect(page.locator('main [data-mode-segments] [aria-current="page"]')).toHaveText('EN');
  });

  test('on an English page 中文 | 对照 lead to the script the reader chose, else to 简体', async ({ page }) => {
    await page.goto('/en/articles/ai-race-002/');
    await page.locator('main [data-mode-segments] a[data-mode="zh"]').click();
    await expect(page).toHaveURL(/\/zh-hans\/articles\/ai-race-002\/$/);
    // A reader who chose 港 with the header's switch.
    await page.evaluate(() => localStorage.setItem('ai-work:variant', 'zh-hk'));
    await page.goto('/en/articles/ai-race-002/');
    await page.locator('main [data-mode-segments] a[data-mode="bilingual"]').click();
    await expect(page).toHaveURL(/\/zh-hk\/articles\/ai-race-002\/bilingual\/$/);
    await page.goto('/en/articles/ai-race-002/');
    await page.locator('main [data-mode-segments] a[data-mode="zh"]').click();
    await expect(page).toHaveURL(/\/zh-hk\/articles\/ai-race-002\/$/);
  });

  for (const variant of ['zh-hans', 'zh-hant', 'zh-hk', 'en']) {
    test(`${variant}: no line of the byline ends or starts with "·", at 320, 360 and 390 px`, async ({ page }) => {
      // Each page loaded once and laid out at each width (a resize reflows it as a load would).
      for (const slug of slugs) {
        await page.goto(`/${variant}/articles/${slug}/`);
        for (const width of [320, 360, 390]) {
          await page.setViewportSize({ width, height: 844 });
          const lines = await page.locator('main [data-byline]').evaluate((byline) => {
            const frame = byline.parentElement!.getBoundingClientRect();
            return [...byline.querySelectorAll(':scope > .byline-part')].map((part, i, all) => {
              const box = part.getBoundingClientRect();
              const prev = all[i - 1]?.getBoundingClientRect();
              const startsLine = !prev || box.top > prev.top + 2;
              // The part's "·" is drawn in its start padding: visible only if that lies inside the frame.
              const dot = getComputedStyle(part, '::before');
              const dotRight = box.left + parseFloat(dot.width);
              return { startsLine, dotShown: dotRight > frame.left + 1 && dot.content !== 'none' };
            });
          });
          const where = `${variant}/${slug} at ${width}px`;
          expect(lines.length, where).toBeGreaterThan(2);
          for (const { startsLine, dotShown } of lines) expect(dotShown, where).toBe(!startsLine);
        }
      }
    });
  }

  // That an undated essay says so, in every edition: tests/site/byline.test.ts (its text, no layout).

  test('the header shows the essay’s title once the h1 is passed, and on arrival at #p-12', async ({ page }) => {
    for (const path of [
      '/zh-hans/articles/ai-race-002/',
      '/zh-hant/articles/good-bubble-ai-leverage/',
      '/zh-hk/articles/ai-resignation-letters/',
      '/en/articles/accelerated-computing-era/',
      '/zh-hans/articles/ai-strike-human-involution/bilingual/',
    ]) {
      await page.goto(path);
      const header = page.locator('[data-site-header]');
      const title = header.locator('[data-header-title]');
      const name = header.locator('[data-site-name]');
      await expect(title, path).toBeHidden();
      await expect(name, path).toBeVisible();
      const height = (await header.boundingBox())!.height;
      const h1 = (await page.locator('main h1').boundingBox())!;
      await page.evaluate((y) => window.scrollTo(0, y), h1.y + h1.height);
      await expect(title, path).toBeVisible();
      await expect(name, path).toBeHidden();
      expect((await header.boundingBox())!.height, `${path}: the header keeps its height`).toBe(height);
      const text = (await title.locator('[data-short-title]').textContent())!.trim();
      expect((await page.locator('main h1').textContent())!.replace(/\s/g, '')).toContain(text.replace(/\s/g, ''));
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(title, path).toBeHidden();

      await page.goto(`${path}#p-12`);
      await expect(title, `${path}#p-12`).toBeVisible();
    }
  });
});

/** Open a Chinese page once, as a reader whose remembered mode is 中英对照. */
async function rememberBilingual(page: Page) {
  await page.goto('/zh-hans/about/');
  await page.evaluate(() => localStorage.setItem('ai-work:mode', 'bilingual'));
}

test('a remembered 中英对照 says it changed the page the link named, and offers it back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await rememberBilingual(page);
  await page.goto('/zh-hans/articles/ai-race-002/#p-5');
  await expect(page).toHaveURL(/\/zh-hans\/articles\/ai-race-002\/bilingual\/#p-5$/);
  const notice = page.locator('[data-mode-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('中英对照');
  // It covers neither the header nor the paragraph the link named.
  const box = (await notice.boundingBox())!;
  const header = (await page.locator('[data-site-header]').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
  // Dismissible; a reload (no redirect) shows nothing.
  await notice.locator('button[data-dismiss]').click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(notice).toBeHidden();

  // Back to the named page: it lands on the paragraph and is remembered, so it no longer redirects.
  await page.goto('/zh-hans/articles/ai-race-002/#p-5');
  await expect(notice).toBeVisible();
  await notice.locator('a[data-reading-mode="zh"]').click();
  await expect(page).toHaveURL(/\/zh-hans\/articles\/ai-race-002\/#p-5$/);
  await expect(page.locator('#p-5')).toBeInViewport();
  expect(await page.evaluate(() => localStorage.getItem('ai-work:mode'))).toBe('zh');
  // Escape closes it too.
  await page.evaluate(() => localStorage.setItem('ai-work:mode', 'bilingual'));
  await page.goto('/zh-hant/articles/good-bubble-ai-leverage/#p-3');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('中英對照');
  await page.keyboard.press('Escape');
  await expect(notice).toBeHidden();
});

test('a 中英对照 page opened directly shows no notice', async ({ page }) => {
  await rememberBilingual(page);
  await page.goto('/zh-hans/articles/ai-race-002/bilingual/#p-5');
  // The islands are mounted together: once the header's title has been set, the notice has had its chance.
  await expect(page.locator('[data-site-header]')).toHaveAttribute('data-past-title', '');
  await expect(page.locator('[data-mode-notice]')).toBeHidden();
});
