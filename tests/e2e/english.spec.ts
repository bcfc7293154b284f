import { expect, test, type Page } from '@playwright/test';
import { slugs, variantIds } from './helpers';

const modeKey = 'ai-work:mode';

async function rows(page: Page) {
  return page.locator('[data-bilingual] > .bi-row');
}

for (const variant of variantIds) {
  test.describe(`中英对照 in ${variant}`, () => {
    test('side by side on wide screens, every Chinese block with its English, and remembered', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${variant}/articles/ai-resignation-letters/`);
      await expect(page.locator('[data-english-title]')).toHaveAttribute('lang', 'en');
      await page.locator('[data-about-essay] a[data-reading-mode="bilingual"]').click();
      // The link takes the reader's place along (the block in view, as the page was scrolled to the link).
      await expect(page).toHaveURL(new RegExp(`/${variant}/articles/ai-resignation-letters/bilingual/(#[\\w-]+)?$`));
      const zhBlocks = page.locator('.bi-zh [id^="p-"]');
      const enBlocks = page.locator('.bi-en [id^="en-p-"]');
      // The URL changes when the navigation commits; count the blocks once the new page has them.
      await expect(zhBlocks.first()).toBeVisible();
      const count = await zhBlocks.count();
      expect(count).toBeGreaterThan(50);
      await expect(enBlocks).toHaveCount(count);
      await expect(page.locator('.bi-en').first()).toHaveAttribute('lang', 'en');
      // Row by row, the English sits beside its Chinese paragraph.
      const row = (await rows(page)).nth(5);
      const zh = (await row.locator('.bi-zh').boundingBox())!;
      const en = (await row.locator('.bi-en').boundingBox())!;
      expect(en.x).toBeGreaterThan(zh.x + zh.width - 1);
      expect(Math.abs(en.y - zh.y)).toBeLessThan(2);
      // Remembered: another essay's Chinese page opens in 中英对照, at the same paragraph.
      await page.goto(`/${variant}/articles/ai-race-002/#p-4`);
      await expect(page).toHaveURL(new RegExp(`/${variant}/articles/ai-race-002/bilingual/#p-4$`));
      await expect(page.locator('#p-4')).toBeInViewport();
      // And back to Chinese only, remembered too.
      await page.locator('[data-about-essay] a[data-reading-mode="zh"]').click();
      await expect(page).toHaveURL(new RegExp(`/${variant}/articles/ai-race-002/(#[\\w-]+)?$`));
      expect(await page.evaluate((key) => localStorage.getItem(key), modeKey)).toBe('zh');
      await page.goto(`/${variant}/articles/good-bubble-ai-leverage/`);
      await expect(page).toHaveURL(new RegExp(`/${variant}/articles/good-bubble-ai-leverage/$`));
    });

    test('interleaved on phones; footnotes, theme links and permalinks work in both languages', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${variant}/articles/ai-race-002/bilingual/`);
      const row = (await rows(page)).nth(3);
      const zh = (await row.locator('.bi-zh').boundingBox())!;
      const en = (await row.locator('.bi-en').boundingBox())!;
      expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height - 1);
      expect(Math.abs(en.x - zh.x)).toBeLessThan(2);
      // English footnote references open their (English) note and link to it.
      const enRefs = page.locator('.bi-en a[data-footnote-ref]');
      await expect(enRefs).toHaveCount(await page.locator('.bi-zh a[data-footnote-ref]').count());
      await enRefs.first().scrollIntoViewIfNeeded();
      await enRefs
        .first()
        .tap()
        .catch(async () => enRefs.first().click());
      await expect(page.locator('[data-note-popover]')).toContainText('Silicon Valley');
      await expect(enRefs.first()).toHaveAttribute('href', '#en-fn-1');
      // Theme links: Chinese to the script's theme page, English to the English one.
      await expect(page.locator('.bi-zh a.theme-link').first()).toHaveAttribute(
        'href',
        new RegExp(`^/${variant}/themes/`),
      );
      await expect(page.locator('.bi-en a.theme-link').first()).toHaveAttribute('href', /^\/en\/themes\//);
      // One ¶ per row, to the shared paragraph id.
      await expect(page.locator('.bi-en a[data-permalink]')).toHaveCount(0);
      await expect(page.locator('.bi-zh #p-3 a[data-permalink]')).toHaveAttribute('href', '#p-3');
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the reading mode is a plain link', async ({ page }) => {
    await page.goto('/zh-hant/articles/ai-race-002/');
    await page.locator('[data-about-essay] a[data-reading-mode="bilingual"]').click();
    await expect(page).toHaveURL(/\/zh-hant\/articles\/ai-race-002\/bilingual\/$/);
    await expect(page.locator('.bi-en').first()).toBeVisible();
  });
});

test('English pages: index, essays, themes, with lang="en", reached from the switch at the same paragraph', async ({
  page,
}) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h3 a')).toHaveCount(slugs.length);
  await expect(page.locator('main')).toContainText('AI Is on Strike');
  await page.goto('/zh-hans/articles/ai-strike-human-involution/#p-12');
  await page.locator('[data-variant-row] a[data-variant-switch="en"]').click();
  await expect(page).toHaveURL(/\/en\/articles\/ai-strike-human-involution\/#p-12$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#p-12')).toBeInViewport();
  await expect(page.locator('[data-original-title]')).toHaveText('AI（人工智能）在罢工，人类在“内卷”');
  await expect(page.locator('[data-translation-note]')).toBeVisible();
  // A theme link in the English text leads to the English theme page, and back to the paragraph.
  const link = page.locator('main a.theme-link[href="/en/themes/involution/"]').first();
  await link.click();
  // It opens the theme's popover (issue 28), whose link goes to the theme page.
  await page.locator('[data-theme-popover] a').click();
  await expect(page).toHaveURL(/\/en\/themes\/involution\/$/);
  await expect(page.locator('h1')).toContainText('Involution');
  const passage = page.locator('main a[href*="/en/articles/ai-strike-human-involution/#p-"]').first();
  // The link may carry a text directive (`#p-3:~:text=…`); the browser drops it from the URL.
  const id = (await passage.getAttribute('href'))!.split('#')[1]!.split(':~:')[0]!;
  await passage.click();
  await expect(page).toHaveURL(new RegExp(`/en/articles/ai-strike-human-involution/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${id}"]`)).toContainText(/involution/i);
});

test('English footnotes go both ways', async ({ page }) => {
  await page.goto('/en/articles/ai-race-002/');
  const refs = page.locator('main a[data-footnote-ref]');
  expect(await refs.count()).toBeGreaterThan(5);
  await expect(page.locator('#footnote-label')).toHaveText('Notes');
  await refs.nth(1).click();
  await page.locator('[data-note-popover] a').click();
  await expect(page).toHaveURL(/#fn-1$/);
  await expect(page.locator('#fn-1 details.backrefs > summary')).toHaveText('↑ Back to the text (12 references)');
  await page.locator('#fn-1 details.backrefs > summary').click();
  await page.locator('#fn-1 a[data-footnote-backref]').nth(1).click();
  await expect(page).toHaveURL(/#fnref-1-2$/);
  await expect(page.locator('#fnref-1-2')).toBeInViewport();
});

test('at 390 px no English line starts with an em dash: a closed dash stays with the word before it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const slug of ['accelerated-computing-era', 'ai-resignation-letters']) {
    // The reader's case: `livestream ⏎ —it’s October 2025` in accelerated-computing-era's first paragraph.
    await page.goto(`/en/articles/${slug}/`);
    const { found, dashes } = await page.evaluate(() => {
      const starts: string[] = [];
      let count = 0;
      const range = document.createRange();
      // The box of whatever is drawn just before position `k` of `text` (in its block), if anything.
      const before = (text: Text, k: number): DOMRect | undefined => {
        if (k > 0) {
          range.setStart(text, k - 1);
          range.setEnd(text, k);
          return [...range.getClientRects()].at(-1);
        }
        let node: Node | null = text;
        while (node && !node.previousSibling && !(node.parentElement?.matches('p, li, h2, h3') ?? true))
          node = node.parentNode;
        if (!node?.previousSibling) return undefined;
        range.selectNode(node.previousSibling);
        return [...range.getClientRects()].at(-1);
      };
      const walker = document.createTreeWalker(document.querySelector('main article')!, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
        if (text.parentElement?.closest('[lang^="zh"], .para-tools')) continue;
        for (let k = text.data.indexOf('—'); k >= 0; k = text.data.indexOf('—', k + 1)) {
          count += 1;
          range.setStart(text, k);
          range.setEnd(text, k + 1);
          const at = range.getBoundingClientRect();
          const prev = before(text, k);
          if (at.height > 0 && prev && prev.bottom <= at.top + 1)
            starts.push(`${text.parentElement?.closest('[id]')?.id}: …${text.data.slice(Math.max(0, k - 20), k + 10)}`);
        }
      }
      return { found: starts, dashes: count };
    });
    expect(dashes, slug).toBeGreaterThan(5);
    expect(found, slug).toEqual([]);
  }
});
