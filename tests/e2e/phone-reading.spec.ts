import { expect, test, type Page } from '@playwright/test';
import { axe, violationLines } from './axe';
import { scriptVariants } from '@/lib/site/variants';

/** Reading on a phone: place-keeping switches, per-paragraph English, 中英对照 pairs, the contents. */
const long = 'ai-resignation-letters';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** Open "Aa" and follow one of its reading modes. */
async function chooseMode(page: Page, name: RegExp) {
  await page.locator('[data-site-header] details.reader-settings > summary').click();
  await page.locator('[data-settings-panel]').getByRole('link', { name }).click();
  await page.waitForLoadState('load');
}

async function topOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);
}

test('中文 ↔ 中英对照 keeps the paragraph in view, both ways, and so does English → 中英对照', async ({ page }) => {
  await page.goto(`/zh-hans/articles/${long}/#p-30`);
  await expect(page.locator('#p-30')).toBeInViewport();
  await chooseMode(page, /^中英对照$/);
  await expect(page).toHaveURL(new RegExp(`/zh-hans/articles/${long}/bilingual/#p-30$`));
  await expect(page.locator('#p-30')).toBeInViewport();
  await chooseMode(page, /^中文$/);
  await expect(page).toHaveURL(new RegExp(`/zh-hans/articles/${long}/#p-30$`));
  await expect(page.locator('#p-30')).toBeInViewport();

  await page.goto(`/en/articles/${long}/#p-30`);
  await chooseMode(page, /繁體中文（臺灣）/);
  await expect(page).toHaveURL(new RegExp(`/zh-hant/articles/${long}/bilingual/#p-30$`));
  await expect(page.locator('#p-30')).toBeInViewport();
});

test('without JavaScript the reading modes are plain links that work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/zh-hant/articles/${long}/`);
  await page.locator('[data-site-header] details.reader-settings > summary').click();
  await expect(page.locator('[data-settings-panel] [data-font-control="larger"]')).toBeHidden();
  await expect(page.locator('[data-settings-panel] [data-needs-script]')).toBeVisible();
  await page.locator('[data-settings-panel]').getByRole('link', { name: '中英對照' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/articles/${long}/bilingual/$`));
  // English pages offer their way into 中英对照 after the essay too.
  await page.goto(`/en/articles/${long}/`);
  await expect(page.locator('[data-about-essay] a[data-reading-mode="bilingual"]')).toHaveCount(scriptVariants.length);
  await context.close();
});

test('A− / A+ keep the paragraph at the top of the screen where it was', async ({ page }) => {
  await page.goto(`/zh-hans/articles/${long}/#p-30`);
  // After load the essay's off-screen blocks are skipped, their sizes recorded at the current text size.
  const essay = page.locator('article[data-offscreen-skip]');
  await expect(essay).toHaveAttribute('data-offscreen-skip', 'm');
  const before = await topOf(page, '#p-30');
  await page.locator('[data-site-header] details.reader-settings > summary').click();
  const larger = page.locator('[data-font-control="larger"]');
  await larger.click();
  await larger.click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 'xl');
  expect(Math.abs((await topOf(page, '#p-30')) - before)).toBeLessThan(24);
  // After the skipped blocks are measured again at the new size (a second after the change).
  await expect(essay).toHaveAttribute('data-offscreen-skip', 'xl');
  expect(Math.abs((await topOf(page, '#p-30')) - before)).toBeLessThan(24);
  await page.locator('[data-font-control="smaller"]').click();
  await expect(essay).toHaveAttribute('data-offscreen-skip', 'l');
  expect(Math.abs((await topOf(page, '#p-30')) - before)).toBeLessThan(24);
});

test('per-paragraph English: fetched on first use only, the aligned English, shown and hidden in place', async ({
  page,
}) => {
  const english: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/en/')) english.push(request.url());
  });
  const response = await page.goto(`/zh-hans/articles/${long}/#p-12`);
  const html = (await response!.text()) ?? '';
  // The English of the paragraph is in the English page, not in this one.
  const englishPage = await page.request.get(`/en/articles/${long}/`);
  const expected = await (async () => {
    const other = await page.context().newPage();
    await other.setContent(await englishPage.text());
    const text = await other.locator('#p-12').evaluate((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.para-tools').forEach((t) => t.remove());
      return clone.textContent!.trim();
    });
    await other.close();
    return text;
  })();
  expect(expected.length).toBeGreaterThan(40);
  // Nothing of it in the Chinese page: neither in its text nor in any attribute of its markup.
  expect(await page.evaluate(() => document.documentElement.textContent)).not.toContain(expected.slice(0, 40));
  const words = expected.split(/\s+/).slice(0, 6).join(' ');
  expect(html).not.toContain(words);
  // Once the page has settled (its off-screen blocks measured and skipped), still nothing of the English.
  await expect(page.locator('article[data-offscreen-skip]')).toHaveCount(1);
  expect(english).toEqual([]);

  const control = page.locator('#p-12 a[data-para-english]');
  await expect(control).toHaveAttribute('role', 'button');
  await expect(control).toHaveAttribute('aria-expanded', 'false');
  const top = await topOf(page, '#p-12');
  await control.click();
  const shown = page.locator('#en-of-p-12');
  await expect(shown).toBeVisible();
  await expect(shown).toHaveAttribute('lang', 'en');
  expect((await shown.textContent())!.trim()).toBe(expected);
  await expect(control).toHaveAttribute('aria-expanded', 'true');
  expect(Math.abs((await topOf(page, '#p-12')) - top)).toBeLessThan(1);
  expect(english).toHaveLength(1);
  // The revealed English repeats no id of the page.
  expect(await shown.locator('[id]').count()).toBe(0);
  await expect(page).toHaveURL(/#p-12$/);

  // A second paragraph: no second request.
  await page.locator('#p-13 a[data-para-english]').click();
  await expect(page.locator('#en-of-p-13')).toBeVisible();
  expect(english).toHaveLength(1);

  // Enter on the focused control hides it again.
  await control.focus();
  await page.keyboard.press('Enter');
  await expect(shown).toBeHidden();
  await expect(control).toHaveAttribute('aria-expanded', 'false');
  expect(Math.abs((await topOf(page, '#p-12')) - top)).toBeLessThan(1);
});

test('per-paragraph English without JavaScript is a link to the paragraph on the 中英对照 page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/zh-hans/articles/${long}/`);
  await expect(page.locator('#p-12 a[data-para-english]')).toHaveAttribute(
    'href',
    `/zh-hans/articles/${long}/bilingual/#p-12`,
  );
  await context.close();
});

test('中英对照 pairs: tight within a pair, apart between pairs; a pair lights up together', async ({ page }) => {
  await page.goto(`/zh-hant/articles/${long}/bilingual/`);
  const row = page.locator('.bi-row:has(#p-12)');
  const zh = await row.locator('.bi-zh').boundingBox();
  const en = await row.locator('.bi-en').boundingBox();
  const next = await page.locator('.bi-row:has(#p-13) .bi-zh').boundingBox();
  const within = en!.y - (zh!.y + zh!.height);
  const between = next!.y - (en!.y + en!.height);
  expect(within).toBeLessThan(12);
  expect(between).toBeGreaterThan(within * 2);
  // The English is set apart: smaller.
  const size = (sel: string) => row.locator(sel).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.bi-en p')).toBeLessThan(await size('.bi-zh p'));
  const background = () => row.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background()).toBe('rgba(0, 0, 0, 0)');
  await row.locator('.bi-zh a[data-permalink]').focus();
  expect(await background()).not.toBe('rgba(0, 0, 0, 0)');
});

test('中英对照 on wide screens: two columns, each within a reading measure; hovering one lights its partner', async ({
  page,
}) => {
  for (const width of [768, 1024, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/zh-hans/articles/${long}/bilingual/`);
    const zh = (await page.locator('.bi-row:has(#p-12) .bi-zh').boundingBox())!;
    const en = (await page.locator('.bi-row:has(#p-12) .bi-en').boundingBox())!;
    const fontSize = await page.locator('#p-12').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    // At most about 40 Han characters (40em) per line.
    expect(zh.width / fontSize, `${width}px`).toBeLessThanOrEqual(40);
    expect(en.width / fontSize, `${width}px`).toBeLessThanOrEqual(40);
    if (width >= 1024) expect(Math.abs(en.y - zh.y)).toBeLessThan(4);
  }
  const row = page.locator('.bi-row:has(#p-12)');
  await row.locator('.bi-zh').hover();
  expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('contents on a phone: open from the title in the header on the section being read, land on a section', async ({
  page,
}) => {
  await page.goto(`/zh-hans/articles/${long}/`);
  const toc = page.locator('[data-site-header] details[data-toc="header"]');
  await expect(page.locator('nav[data-toc="wide"]')).toBeHidden();
  const links = toc.locator('a[data-toc-link]');
  const third = (await links.nth(2).getAttribute('href'))!;
  await page.goto(`/zh-hans/articles/${long}/${third}`);
  await toc.locator('summary').click();
  await expect(links.nth(2)).toHaveAttribute('aria-current', 'location');
  await expect(links.nth(2)).toBeInViewport();
  await links.nth(4).click();
  await expect(toc).not.toHaveAttribute('open', '');
  const fifth = (await links.nth(4).getAttribute('href'))!;
  await expect(page.locator(fifth)).toBeInViewport();
  await expect(links.nth(4)).toHaveAttribute('aria-current', 'location');
});

test('wide screens: the contents beside the text mark the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/zh-hant/articles/${long}/`);
  const toc = page.locator('nav[data-toc="wide"]');
  const href = (await toc.locator('a').nth(3).getAttribute('href'))!;
  await toc.locator('a').nth(3).click();
  await expect(toc.locator('a').nth(3)).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('a[aria-current]')).toHaveCount(1);
  await expect(page.locator(href)).toBeInViewport();
});

test('copying a ¶ link shows a notice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/zh-hans/articles/${long}/`);
  await page.evaluate(() => document.getElementById('p-3')!.scrollIntoView({ block: 'center' }));
  const before = await page.evaluate(() => window.scrollY);
  await page.locator('#p-3 a[data-permalink]').click();
  // The link is copied and the address bar names the paragraph, but the page does not move (issue 28).
  await expect(page).toHaveURL(/#p-3$/);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(1);
  const notice = page.locator('[data-permalink-status]');
  await expect(notice).toHaveText('已复制本段链接');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCSS('opacity', '1');
  await expect(notice).toBeHidden({ timeout: 5000 });
});

test('the ¶ and EN sit out of the text, below its last line: 44 px targets apart, inside the text column', async ({
  page,
}) => {
  for (const path of [`/zh-hans/articles/${long}/`, `/en/articles/${long}/`, `/zh-hant/articles/ai-race-002/`]) {
    await page.goto(path);
    const problems = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main .para-tools')].flatMap((tools) => {
        const block = tools.parentElement!;
        const id = block.id;
        const out: string[] = [];
        // The text's own end: the block's content box (a hanging mark may use the padding beyond it).
        const style = getComputedStyle(block);
        const box = block.getBoundingClientRect();
        const textEnd = box.right - parseFloat(style.paddingRight);
        const range = document.createRange();
        range.selectNodeContents(block);
        range.setStartAfter(tools);
        const lastLine = [...range.getClientRects()].filter((r) => r.height > 0).at(-1)!;
        const targets = [...tools.querySelectorAll<HTMLElement>('a')].map((a) => a.getBoundingClientRect());
        for (const t of targets) {
          if (t.width < 44 || t.height < 44) out.push(`${id}: target ${t.width}×${t.height}`);
          if (t.right > textEnd + 0.5 || t.right > document.documentElement.clientWidth)
            out.push(`${id}: past the text's end by ${t.right - textEnd}`);
          if (t.bottom < lastLine.bottom) out.push(`${id}: not below the last line`);
        }
        targets.slice(1).forEach((t, i) => {
          if (t.left < targets[i]!.right - 0.5) out.push(`${id}: targets overlap`);
        });
        return out;
      }),
    );
    expect(problems, path).toEqual([]);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no violations with the settings open and a paragraph's English shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/zh-hans/articles/${long}/#p-12`);
    await page.locator('#p-12 a[data-para-english]').click();
    await expect(page.locator('#en-of-p-12')).toBeVisible();
    await page.locator('[data-site-header] details.reader-settings > summary').click();
    await expect(page.locator('[data-settings-panel]')).toBeVisible();
    // What this state adds to a page a11y.spec.ts checks whole: the header (its settings open) and the
    // paragraph with its English. Checking only these keeps two axe runs on the longest essay well inside the
    // timeout on a loaded 2-core machine (the whole page twice took over 30 s there).
    const changed = () => axe(page).include('[data-site-header]').include('#p-12').include('#en-of-p-12');
    const results = await changed().analyze();
    expect(violationLines(results)).toEqual([]);
    await page.keyboard.press('Escape');
    // The contents, from the essay's title in the header.
    await page.locator('[data-site-header] details[data-toc="header"] > summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-site-header] details[data-toc="header"] a[data-toc-link]').first()).toBeVisible();
    const again = await changed().analyze();
    expect(violationLines(again)).toEqual([]);
  });
}

test('per-paragraph English: two quick taps while it loads show it once', async ({ page }) => {
  // The English page is held back until both taps are made (however slow the machine), then answered.
  let requests = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/en/articles/**', async (route) => {
    requests += 1;
    await held;
    await route.continue();
  });
  await page.goto(`/zh-hans/articles/${long}/#p-12`);
  const control = page.locator('#p-12 a[data-para-english]');
  await control.click();
  await expect(control).toHaveAttribute('aria-busy', 'true');
  await control.click();
  release();
  await expect(page.locator('#en-of-p-12')).toBeVisible();
  await expect(control).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.para-english')).toHaveCount(1);
  await expect(control).toHaveAttribute('aria-expanded', 'true');
  expect(requests).toBe(1);
});

test('the largest font step keeps the keyboard focus on its button, and Escape still closes "Aa"', async ({ page }) => {
  await page.goto(`/zh-hans/articles/${long}/`);
  await page.locator('[data-site-header] details.reader-settings > summary').click();
  const larger = page.locator('[data-font-control="larger"]');
  await larger.focus();
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-font', 'xl');
  await expect(larger).toHaveAttribute('aria-disabled', 'true');
  await expect(larger).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-settings-panel]')).toBeHidden();
  await expect(page.locator('[data-site-header] details.reader-settings > summary')).toBeFocused();
});

test('中英对照 → 中文 from an English block lands on its Chinese partner', async ({ page }) => {
  await page.goto(`/zh-hans/articles/${long}/bilingual/`);
  // Scroll so that p-30's English, not the Chinese, is the first block under the header.
  await page.locator('#en-p-30').evaluate((el) => {
    const header = document.querySelector('[data-site-header]')!.getBoundingClientRect().bottom;
    window.scrollBy(0, el.getBoundingClientRect().top - header - 2);
  });
  await chooseMode(page, /^中文$/);
  await expect(page).toHaveURL(new RegExp(`/zh-hans/articles/${long}/#p-30$`));
});
