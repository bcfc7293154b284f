import { expect, test, type Page } from '@playwright/test';
import { axe, violationLines } from './axe';
import { site } from '@/lib/site';
import { settled, watchForErrors } from './helpers';

/**
 * English pages: each paragraph's Chinese one tap away ("中", islands/paragraph-chinese.ts), the mirror of
 * "EN" on Chinese pages (issue 32, point 4): nothing of it loads with the page; the first tap fetches the
 * Chinese page of the reader's script and shows the paragraph below its English, exactly as that page has it.
 */
const slug = 'ai-resignation-letters';
const url = `/en/articles/${slug}/#p-12`;

/** The text of block `id` on a Chinese page, as the page's HTML has it (without its paragraph tools). */
async function chineseText(page: Page, variant: string, id: string): Promise<string> {
  const html = await (await page.request.get(`/${variant}/articles/${slug}/`)).text();
  return page.evaluate(
    ([source, blockId]) => {
      const block = new DOMParser().parseFromString(source, 'text/html').getElementById(blockId)!;
      block.querySelector('.para-tools')?.remove();
      return block.textContent ?? '';
    },
    [html, id] as const,
  );
}

test('中 shows the paragraph’s Chinese below its English, fetched on the first tap only, and hides it again @mobile', async ({
  page,
}) => {
  const done = watchForErrors(page);
  const chinesePages: string[] = [];
  page.on('request', (request) => {
    if (/\/zh-[a-z]+\/articles\//.test(new URL(request.url()).pathname)) chinesePages.push(request.url());
  });
  await page.goto(url);
  await settled(page);
  expect(chinesePages, 'nothing Chinese loads with the page').toEqual([]);

  const control = page.locator('#p-12 a[data-para-chinese]');
  await expect(control).toHaveAttribute('role', 'button');
  await expect(control).toHaveAttribute('aria-expanded', 'false');
  await expect(control).toHaveAttribute('href', `/zh-hans/articles/${slug}/bilingual/#p-12`);
  const top = await page.locator('#p-12').evaluate((p) => p.getBoundingClientRect().top);
  await control.click();
  const shown = page.locator('#zh-of-p-12');
  await expect(shown).toBeVisible();
  await expect(control).toHaveAttribute('aria-expanded', 'true');
  await expect(shown).toHaveAttribute('lang', 'zh-Hans');
  expect(await shown.evaluate((el) => el.textContent)).toBe(await chineseText(page, 'zh-hans', 'p-12'));
  expect(chinesePages.map((u) => new URL(u).pathname)).toEqual([`/zh-hans/articles/${slug}/`]);
  // Content above the paragraph never moves; the Chinese follows the paragraph it belongs to.
  expect(await page.locator('#p-12').evaluate((p) => p.getBoundingClientRect().top)).toBeCloseTo(top, 0);
  expect(await shown.evaluate((el) => el.previousElementSibling?.id)).toBe('p-12');
  // Nothing wider than the screen; the control is a full target that does not cover ¶.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
  const boxes = await page
    .locator('#p-12 .para-tools > a')
    .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
  for (const box of boxes) expect(box.width >= 44 && box.height >= 44, JSON.stringify(box)).toBe(true);
  expect(boxes[1]!.left).toBeGreaterThanOrEqual(boxes[0]!.right - 0.5);

  // A second paragraph uses the page already fetched.
  await page.locator('#p-13 a[data-para-chinese]').click();
  await expect(page.locator('#zh-of-p-13')).toBeVisible();
  expect(chinesePages).toHaveLength(1);

  await control.click();
  await expect(shown).toBeHidden();
  await expect(control).toHaveAttribute('aria-expanded', 'false');
  done();
});

test('中 follows the script the reader chose: 港 shows the Hong Kong text, and its link leads to 港’s 中英对照', async ({
  page,
}) => {
  await page.addInitScript((key) => localStorage.setItem(key, 'zh-hk'), site.variantStorageKey);
  await page.goto(url);
  const control = page.locator('#p-12 a[data-para-chinese]');
  await expect(control).toHaveAttribute('href', `/zh-hk/articles/${slug}/bilingual/#p-12`);
  await control.click();
  const shown = page.locator('#zh-of-p-12');
  await expect(shown).toBeVisible();
  await expect(shown).toHaveAttribute('lang', 'zh-Hant-HK');
  expect(await shown.evaluate((el) => el.textContent)).toBe(await chineseText(page, 'zh-hk', 'p-12'));
});

test('without the Chinese page, 中 goes to the paragraph on 中英对照 instead', async ({ page }) => {
  await page.route(`**/zh-hans/articles/${slug}/`, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(url);
  await settled(page);
  await page.locator('#p-12 a[data-para-chinese]').click();
  await expect(page).toHaveURL(new RegExp(`/zh-hans/articles/${slug}/bilingual/#p-12$`));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations with a paragraph's Chinese shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await page.locator('#p-12 a[data-para-chinese]').click();
    await expect(page.locator('#zh-of-p-12')).toBeVisible();
    const results = await axe(page).include('#p-12').include('#zh-of-p-12').analyze();
    expect(violationLines(results)).toEqual([]);
  });
}
