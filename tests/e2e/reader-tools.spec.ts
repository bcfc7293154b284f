import { expect, test } from '@playwright/test';
import { axe } from './axe';
import { variantIds } from './helpers';

// The longest essay (accelerated-computing-era), reloaded and checked with axe: 8–15 s per test on this 2-core
// machine with four workers (20–26 s before tests/e2e/axe.ts), and more on a busy one: twice the default 30 s.
test.describe.configure({ timeout: 60_000 });

const indigo = (variant: string) => `/${variant}/articles/accelerated-computing-era/`;

test.describe('table of contents and progress', () => {
  test('wide screens: a sticky list beside the text whose links land on the headings', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/zh-hant/articles/ai-race-002/');
    const toc = page.locator('nav[data-toc="wide"]');
    await expect(toc).toBeVisible();
    const links = toc.locator('a');
    const count = await links.count();
    expect(count).toBeGreaterThan(2);
    for (const i of [count - 1, 1]) {
      const href = (await links.nth(i).getAttribute('href'))!;
      await links.nth(i).click();
      const heading = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
      await expect(heading).toBeInViewport();
      expect(await heading.evaluate((el) => el.tagName)).toMatch(/^H[23]$/);
      // Not hidden under the sticky header.
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
      const headerBottom = await page
        .locator('body header')
        .first()
        .evaluate((el) => el.getBoundingClientRect().bottom);
      expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
      await expect(toc).toBeInViewport();
    }
    const progress = Number(await page.locator('[data-reading-progress]').getAttribute('data-reading-progress'));
    expect(progress).toBeGreaterThan(0);
  });
});

test('¶ permalinks: shown on hover, and a click copies the paragraph URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/zh-hans/articles/ai-resignation-letters/');
  const paragraph = page.locator('.prose-zh p#p-3');
  const pilcrow = paragraph.locator('a[data-permalink]');
  await expect(pilcrow).toHaveCSS('opacity', '0');
  await paragraph.hover();
  await expect(pilcrow).toHaveCSS('opacity', '1');
  await pilcrow.click();
  await expect(page).toHaveURL(/#p-3$/);
  await expect(page.locator('[data-permalink-status]')).toHaveText('已复制本段链接');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/localhost:\d+\/zh-hans\/articles\/ai-resignation-letters\/#p-3$/);
});

for (const variant of variantIds) {
  test(`glossary: the INDIGO talk's defined terms open their definition and are collected at the end (${variant})`, async ({
    page,
  }) => {
    await page.goto(indigo(variant));
    const terms = page.locator('main a[data-glossary-ref]');
    await expect(terms).toHaveCount(3);
    await expect(terms).toHaveText(['量子隧穿', 'AGI', variant === 'zh-hans' ? '低维流形' : '低維流形']);
    // The author's inline definition folds into the popover (it is still in the page and in the glossary).
    const gloss = page.locator('main [data-gloss]').first();
    await expect(gloss).toBeHidden();
    await expect(gloss).toContainText(
      `（Quantum Tunneling：${variant === 'zh-hans' ? '一种微观粒子' : '一種微觀粒子'}`,
    );
    await terms.nth(1).hover();
    const popover = page.locator('[data-note-popover]');
    await expect(popover).toBeVisible();
    await expect(popover.locator('strong')).toHaveText('AGI Artificial General Intelligence');
    await expect(popover).toContainText(variant === 'zh-hans' ? '通用人工智能，指具备' : '通用人工智能，指具備');
    // axe over what the open popover adds and the terms that open it, in light and dark (the whole essay is
    // axe's in Simplified in a11y.spec.ts; 繁 and 港 are its markup in another script).
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(popover).toBeVisible();
      const open = await axe(page).include('[data-note-popover]').include('main a[data-glossary-ref]').analyze();
      expect(open.violations, scheme).toEqual([]);
      expect(open.passes.length, scheme).toBeGreaterThan(5);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();

    const glossary = page.locator('section[data-glossary]');
    await expect(glossary.locator('h2')).toHaveText(variant === 'zh-hans' ? '术语表' : '術語表');
    await expect(glossary.locator('dt')).toHaveCount(3);
    await expect(glossary.locator('dt').first()).toHaveText('量子隧穿 Quantum Tunneling');
    // Entry ↔ term, both ways.
    await glossary.locator('a[data-glossary-backref]').nth(2).click();
    await expect(page).toHaveURL(/#term-low-dimensional-manifold-ref$/);
    await expect(terms.nth(2)).toBeInViewport();
    await terms.nth(2).focus();
    await page.keyboard.press('Enter');
    await popover.locator('a').click();
    await expect(page).toHaveURL(/#term-low-dimensional-manifold$/);
    await expect(glossary.locator('#term-low-dimensional-manifold')).toBeInViewport();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('glossary definitions stay inline and terms are plain links to the glossary', async ({ page }) => {
    await page.goto(indigo('zh-hant'));
    const gloss = page.locator('main [data-gloss]').first();
    await expect(gloss).toBeVisible();
    await expect(gloss).toContainText('Quantum Tunneling');
    await page.locator('main a[data-glossary-ref]').first().click();
    await expect(page).toHaveURL(/#term-quantum-tunneling$/);
    await expect(page.locator('#term-quantum-tunneling')).toBeInViewport();
  });
});

test('print: the inline definitions are printed in the text', async ({ page }) => {
  await page.goto(indigo('zh-hans'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main [data-gloss]').first()).toBeVisible();
  await expect(page.locator('section[data-glossary]')).toBeVisible();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('nav[data-toc="wide"], details[data-toc="header"]')).toHaveCount(2);
  await expect(page.locator('nav[data-toc="wide"]')).toBeHidden();
  await expect(page.locator('details[data-toc="header"]')).toBeHidden();
});
