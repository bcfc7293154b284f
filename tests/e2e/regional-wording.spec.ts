/**
 * The regional-wording layer (issue 26): on Taiwan and Hong Kong essay pages the reader may swap the
 * reviewed words for the edition's own (作者原文用詞 | 臺灣用語 / 香港用語 in "Aa"). In place, marked,
 * remembered across reloads and editions, copied as shown, found by search, without layout shift.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe, violationLines } from './axe';
import { openSettings, watchForErrors } from './helpers';

// The longest essay (accelerated-computing-era), reloaded and checked with axe: 8–15 s per test on this 2-core
// machine with four workers (20–26 s before tests/e2e/axe.ts), and more on a busy one: twice the default 30 s.
test.describe.configure({ timeout: 60_000 });

const slug = 'accelerated-computing-era';
const editions = [
  { id: 'zh-hant', choice: '臺灣用語', valley: '矽谷', software: '軟體' },
  { id: 'zh-hk', choice: '香港用語', valley: '矽谷', software: '軟件' },
] as const;
const widths = [360, 1440] as const;

/** The first swapped word for a term in a paragraph. */
const word = (page: Page, paragraph: string, term: string) =>
  page.locator(`#${paragraph} .rw[data-rw="${term}"]`).first();

/** Layout shifts not caused by the reader's own input, from the page's start (buffered). */
async function unexpectedShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

async function choose(page: Page, label: string) {
  await openSettings(page);
  await page.locator('[data-island="wording-choice"] button', { hasText: label }).click();
  await expect(page.locator('html')).toHaveAttribute('data-wording', /.+/);
}

for (const edition of editions) {
  for (const width of widths) {
    test(`${edition.id} at ${width} px: the edition's wording swaps in place, marked, and opens a word's forms${width === 360 ? ' @mobile' : ''}`, async ({
      page,
    }, info) => {
      // 360 px is the mobile project's (a phone, with touch); the desktop project would only repeat it narrower.
      test.skip(width === 360 && info.project.name !== 'mobile', 'run at 360 px by the mobile project');
      const errors = watchForErrors(page);
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`/${edition.id}/articles/${slug}/`);
      // The authors' words by default.
      const valley = page.locator('main .rw[data-rw="硅谷"]').first();
      await valley.scrollIntoViewIfNeeded();
      await expect(valley).toHaveText('硅谷', { useInnerText: true });
      await expect(page.locator('html')).toHaveAttribute('data-wording', 'author');
      const software = word(page, 'p-27', '软件');
      if (edition.id === 'zh-hant') {
        // Offscreen paragraphs skip rendering (content-visibility), and an unrendered word has no innerText.
        await software.scrollIntoViewIfNeeded();
        await expect(software).toHaveText('軟件', { useInnerText: true });
      } else await expect(software).toHaveCount(0); // Hong Kong says 軟件 too: nothing to swap
      await choose(page, edition.choice);
      await expect(page.locator('html')).toHaveAttribute('data-wording', 'regional');
      await page.keyboard.press('Escape');
      await valley.scrollIntoViewIfNeeded();
      await expect(valley).toHaveText(edition.valley, { useInnerText: true });
      if (edition.id === 'zh-hant') {
        await software.scrollIntoViewIfNeeded();
        await expect(software).toHaveText(edition.software, { useInnerText: true });
      }
      // Marked: a dotted underline, and it is a control.
      expect(await valley.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
      await expect(valley).toHaveAttribute('role', 'button');
      // Tapping it shows its forms and which one the author wrote.
      await valley.scrollIntoViewIfNeeded();
      await valley.click();
      const popover = page.locator('[data-wording-popover]');
      await expect(popover).toBeVisible();
      await expect(popover).toContainText('硅谷');
      await expect(popover).toContainText('矽谷');
      await expect(popover).toContainText('Silicon Valley');
      await expect(popover).toContainText(/作者原文[:：]\s*硅谷/);
      const box = (await popover.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // Not clipped by its paragraph (content-visibility contains paint), and above every link and swapped word
      // after it (each is lifted above the paragraph tools): the popover is what is drawn, and tapped, all over.
      const covered = await page.evaluate(({ x, y, width, height }) => {
        const missed: string[] = [];
        for (let i = 1; i < 8; i += 1)
          for (let j = 1; j < 8; j += 1) {
            const [px, py] = [x + (width * i) / 8, y + (height * j) / 8];
            const hit = document.elementFromPoint(px, py);
            if (!hit?.closest('[data-wording-popover]'))
              missed.push(`${Math.round(px)},${Math.round(py)}: ${hit?.outerHTML.slice(0, 60)}`);
          }
        return missed;
      }, box);
      expect(covered).toEqual([]);
      const audit = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violationLines(audit)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(popover).toHaveCount(0);
      errors();
    });
  }

  test(`${edition.id}: the choice survives a reload and a switch of edition, with no layout shift`, async ({
    page,
  }) => {
    await page.goto(`/${edition.id}/articles/${slug}/`);
    await choose(page, edition.choice);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-wording', 'regional');
    expect(await unexpectedShift(page)).toBe(0);
    const valley = page.locator('main .rw[data-rw="硅谷"]').first();
    await valley.scrollIntoViewIfNeeded();
    await expect(valley).toHaveText('矽谷', { useInnerText: true });
    const other = edition.id === 'zh-hant' ? editions[1] : editions[0];
    await page.goto(`/${other.id}/articles/${slug}/bilingual/`);
    await expect(page.locator('html')).toHaveAttribute('data-wording', 'regional');
    const bilingual = page.locator('.bi-zh .rw[data-rw="硅谷"]').first();
    await bilingual.scrollIntoViewIfNeeded();
    await expect(bilingual).toHaveText('矽谷', { useInnerText: true });
    await openSettings(page);
    await expect(page.locator('[data-island="wording-choice"] button', { hasText: other.choice })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Back to the authors' words.
    await page.locator('[data-island="wording-choice"] button', { hasText: '作者原文用詞' }).click();
    await expect(bilingual).toHaveText('硅谷', { useInnerText: true });
  });
}

test('copying copies the words the reader sees', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/zh-hant/articles/${slug}/`);
  await choose(page, '臺灣用語');
  await page.keyboard.press('Escape');
  const copied = async () => {
    await page.evaluate(() => {
      const selection = getSelection()!;
      selection.selectAllChildren(document.getElementById('p-27')!);
      document.execCommand('copy');
    });
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const regional = await copied();
  expect(regional).toContain('軟體');
  expect(regional).not.toContain('軟件');
  await choose(page, '作者原文用詞');
  const author = await copied();
  expect(author).toContain('軟件');
  expect(author).not.toContain('軟體');
});

test('without the layer the Simplified and English pages have no wording choice', async ({ page }) => {
  for (const path of [`/zh-hans/articles/${slug}/`, `/en/articles/${slug}/`]) {
    await page.goto(path);
    await expect(page.locator('[data-island="wording-choice"]')).toHaveCount(0);
    await expect(page.locator('main .rw')).toHaveCount(0);
  }
});

test('searching 軟體 on the Taiwan page finds the paragraph where the author wrote 軟件', async ({ page }) => {
  await page.goto('/zh-hant/search/');
  await page.locator('main input[type="search"]').fill('軟體');
  await expect(page.locator('[data-search-status="done"]')).toBeVisible();
  const results = page.locator('[data-search-results] li');
  expect(await results.count()).toBeGreaterThan(0);
  await expect(page.locator('[data-search-results]')).toContainText('軟件');
  await expect(page.locator(`[data-search-results] a[href*="/zh-hant/articles/${slug}/#p-27"]`)).toHaveCount(1);
});

test('turning the layer on keeps the paragraph being read where it was @mobile', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/zh-hant/articles/${slug}/`);
  await page.evaluate(() => localStorage.setItem('ai-work:wording', 'author'));
  await page.reload();
  // Scroll so that p-27 (which changes: 軟件 → 軟體, 數據 → 資料 …) is at the top, below the sticky header.
  await page.evaluate(() => {
    const block = document.getElementById('p-27')!;
    window.scrollBy(0, block.getBoundingClientRect().top - 120);
  });
  const before = await page.evaluate(() => document.getElementById('p-27')!.getBoundingClientRect().top);
  await choose(page, '臺灣用語');
  const after = await page.evaluate(() => document.getElementById('p-27')!.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
});
