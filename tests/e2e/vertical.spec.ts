import { expect, test, type Page } from '@playwright/test';
import { axe, violationLines } from './axe';
import { prefKeys } from '@/lib/browser/reader-prefs';
import { readingsPrefKey } from '@/lib/readings/kinds';
import { openSettings, settled, watchForErrors } from './helpers';

/**
 * 直排 (app/styles/vertical.css, islands/lazy/vertical.ts): on a wide screen a Chinese essay can be set
 * vertically from "Aa": a band of vertical lines under the header, read right to left, scrolled by the wheel,
 * with short numbers upright; the choice is remembered, keeps the reader's place both ways, and is neither
 * offered nor applied on phones, on 中英对照 or in English.
 */
const slug = 'good-bubble-ai-leverage';
const band = "[data-island='paragraph-english'] > .prose-zh";
const wide = { width: 1440, height: 900 };
const labels = { 'zh-hans': '竖排', 'zh-hant': '直排', 'zh-hk': '直排' } as const;

interface BandState {
  readonly writingMode: string;
  readonly top: number;
  readonly bottom: number;
  readonly right: number;
  readonly scrollLeft: number;
  readonly scrollable: number;
  readonly headerBottom: number;
  readonly innerHeight: number;
}

const bandState = (page: Page) =>
  page.locator(band).evaluate((el): BandState => {
    const box = el.getBoundingClientRect();
    return {
      writingMode: getComputedStyle(el).writingMode,
      top: box.top,
      bottom: box.bottom,
      right: box.right,
      scrollLeft: el.scrollLeft,
      scrollable: el.scrollWidth - el.clientWidth,
      headerBottom: document.querySelector('header')!.getBoundingClientRect().bottom,
      innerHeight: window.innerHeight,
    };
  });

async function choose(page: Page, label: string): Promise<void> {
  await openSettings(page);
  await page.getByRole('group', { name: /排版/ }).getByRole('button', { name: label }).click();
  await page.keyboard.press('Escape');
}

test.use({ viewport: wide });

for (const [variant, label] of Object.entries(labels)) {
  test(`${variant}: ${label} sets the essay vertically, in place, with the wheel reading on, and stays after a reload`, async ({
    page,
  }) => {
    const done = watchForErrors(page);
    const lazy: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/_islands/vertical.')) lazy.push(r.url());
    });
    await page.goto(`/${variant}/articles/${slug}/#p-8`);
    await settled(page);
    expect(lazy, 'nothing of 直排 loads on a first visit').toEqual([]);
    await choose(page, label);
    await expect.poll(async () => (await bandState(page)).writingMode).toBe('vertical-rl');
    expect(lazy).toHaveLength(1);

    // The band is whole on screen just below the header, and the paragraph being read starts it (at the right).
    const state = await bandState(page);
    expect(state.top).toBeGreaterThanOrEqual(state.headerBottom);
    expect(state.top).toBeLessThan(state.headerBottom + 24);
    expect(state.bottom).toBeLessThanOrEqual(state.innerHeight);
    expect(state.scrollable).toBeGreaterThan(2000);
    const p8 = await page.locator('#p-8').evaluate((el) => el.getBoundingClientRect().right);
    expect(Math.abs(p8 - state.right)).toBeLessThan(40);
    // Vertical-rl lines start at the right: the first paragraph is right of the eighth.
    const p1 = await page.locator('#p-1').evaluate((el) => el.getBoundingClientRect().left);
    expect(p1).toBeGreaterThan(p8);

    // The wheel reads on to the left and does not move the page.
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.mouse.move(800, (state.top + state.bottom) / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(async () => (await bandState(page)).scrollLeft).toBeLessThan(state.scrollLeft - 300);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

    // Short numbers upright in one cell; Latin sideways.
    const cells = page.locator(`${band} .tcy`);
    expect(await cells.count()).toBeGreaterThan(0);
    await expect(cells.first()).toHaveCSS('text-combine-upright', 'all');
    await expect(page.locator(band)).toHaveCSS('text-orientation', 'mixed');
    // The text is the text: the cells add no characters. (The paragraph's own text, not its tools: the
    // readings button joins them when its island has run, which a reload may not have reached yet.)
    const proseText = () =>
      page.locator('#p-1').evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.para-tools').forEach((tools) => tools.remove());
        return copy.textContent;
      });
    const text = await proseText();

    await page.reload();
    await expect.poll(async () => (await bandState(page)).writingMode).toBe('vertical-rl');
    await expect(page.locator('[data-writing-option="vertical"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(band)).toHaveAttribute('tabindex', '0');
    expect(await proseText()).toBe(text);
    done();
  });
}

test('arriving at a paragraph in 直排 (a shared link) puts the band in view with that paragraph starting it', async ({
  page,
}) => {
  await page.addInitScript(([key]) => localStorage.setItem(key!, 'vertical'), [prefKeys.writing]);
  await page.goto(`/zh-hk/articles/${slug}/#p-12`);
  await expect(page.locator(band)).toHaveAttribute('tabindex', '0');
  const state = await bandState(page);
  expect(state.top).toBeGreaterThanOrEqual(state.headerBottom);
  expect(state.bottom).toBeLessThanOrEqual(state.innerHeight);
  const p12 = await page.locator('#p-12').evaluate((el) => el.getBoundingClientRect().right);
  expect(Math.abs(p12 - state.right)).toBeLessThan(40);
});

test('readings in 直排: zhuyin stands beside each character, to its right, as in print', async ({ page }) => {
  await page.addInitScript(
    ([writing, readings]) => {
      localStorage.setItem(writing!, 'vertical');
      localStorage.setItem(readings!, 'zhuyin');
    },
    [prefKeys.writing, readingsPrefKey('zh-hant')],
  );
  await page.goto(`/zh-hant/articles/${slug}/`);
  const ruby = page.locator(`${band} #p-2 ruby`).first();
  await expect(ruby).toBeVisible();
  expect((await bandState(page)).writingMode).toBe('vertical-rl');
  const { base, rt } = await ruby.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el.firstChild!);
    return {
      base: range.getBoundingClientRect().toJSON() as DOMRect,
      rt: el.querySelector('rt')!.getBoundingClientRect().toJSON() as DOMRect,
    };
  });
  // To the right: the annotation's middle right of the character's (the text box spans the line's height).
  expect(rt.left + rt.width / 2).toBeGreaterThan(base.left + base.width / 2);
  expect(rt.right).toBeGreaterThan(base.right);
  expect(rt.top).toBeLessThan(base.bottom);
  expect(rt.bottom).toBeGreaterThan(base.top);
});

test('back to 直排 → 橫排 keeps the paragraph being read at the top of the screen', async ({ page }) => {
  await page.addInitScript(([key]) => localStorage.setItem(key!, 'vertical'), [prefKeys.writing]);
  await page.goto(`/zh-hk/articles/${slug}/`);
  await expect.poll(async () => (await bandState(page)).writingMode).toBe('vertical-rl');
  // Read on to p-12: it starts the band's visible part.
  await page.locator(band).evaluate((el) => {
    const target = document.getElementById('p-12')!;
    el.scrollBy({ left: target.getBoundingClientRect().right - el.getBoundingClientRect().right, behavior: 'instant' });
  });
  await choose(page, '橫排');
  await expect.poll(async () => (await bandState(page)).writingMode).toBe('horizontal-tb');
  const { top, header } = await page.evaluate(() => ({
    top: document.getElementById('p-12')!.getBoundingClientRect().top,
    header: document.querySelector('header')!.getBoundingClientRect().bottom,
  }));
  expect(top).toBeGreaterThanOrEqual(header - 1);
  expect(top).toBeLessThan(header + 40);
});

test('not offered on phones, on 中英对照 or in English, and not applied there', async ({ page }) => {
  await page.addInitScript(([key]) => localStorage.setItem(key!, 'vertical'), [prefKeys.writing]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/zh-hant/articles/${slug}/`);
  await openSettings(page);
  await expect(page.locator('.writing-choice')).toBeHidden();
  expect((await bandState(page)).writingMode).toBe('horizontal-tb');

  await page.setViewportSize(wide);
  await page.goto(`/zh-hant/articles/${slug}/bilingual/`);
  await expect(page.locator('.writing-choice')).toHaveCount(0);
  await expect(page.locator('.bi-zh .prose-zh').first()).toHaveCSS('writing-mode', 'horizontal-tb');
  await page.goto(`/en/articles/${slug}/`);
  await expect(page.locator('.writing-choice')).toHaveCount(0);
  await expect(page.locator('main article .prose-zh').first()).toHaveCSS('writing-mode', 'horizontal-tb');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations in 直排 (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript(([key]) => localStorage.setItem(key!, 'vertical'), [prefKeys.writing]);
    await page.goto(`/zh-hant/articles/${slug}/`);
    await expect(page.locator(band)).toHaveAttribute('tabindex', '0');
    const results = await axe(page).include(band).include('[data-site-header]').analyze();
    expect(violationLines(results)).toEqual([]);
  });
}
