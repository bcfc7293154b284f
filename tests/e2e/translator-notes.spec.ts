/**
 * Translator's notes (docs/english-style.md): lettered references that open their note in a popover like
 * the author's footnotes, a lettered list after the author's notes — on English pages and in 中英对照 only.
 */
import { expect, test } from '@playwright/test';
import { articlePath, bilingualPath } from '@/lib/site';
import { variantIds, watchForErrors } from './helpers';

const slug = 'accelerated-computing-era';

for (const width of [360, 1440]) {
  test.describe(`translator’s notes at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('English page: lettered references, popover, the list and the way back', async ({ page }) => {
      const done = watchForErrors(page);
      await page.goto(articlePath('en', slug));
      const refs = page.locator('main a[data-translator-note-ref]');
      await expect(refs).toHaveText(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
      const section = page.locator('main section[data-translator-notes]');
      await expect(section.locator('h2')).toHaveText('Translator’s notes');
      await expect(section.locator('ol[type="a"] > li')).toHaveCount(8);
      // Last in the essay, after the author's notes when there are any.
      expect(await section.evaluate((el) => el.nextElementSibling === null)).toBe(true);

      // Note d: the ChatGPT Pulse note (a is the meme's own English, b and c quotations translated back).
      await refs.nth(3).scrollIntoViewIfNeeded();
      await refs.nth(3).click();
      const popover = page.locator('[data-note-popover]');
      await expect(popover).toBeVisible();
      await expect(popover).toContainText('ChatGPT Pulse');
      await expect(popover).not.toContainText('↑');
      await expect(popover).toBeInViewport({ ratio: 1 });
      await popover.locator('a').click();
      await expect(page).toHaveURL(/#tn-d$/);
      await expect(page.locator('#tn-d')).toBeInViewport();
      await page.locator('#tn-d a[data-footnote-backref]').click();
      await expect(page).toHaveURL(/#tnref-d$/);
      done();
    });

    test('中英对照: the notes in the English column and after the essay, none in the Chinese', async ({ page }) => {
      await page.goto(bilingualPath('zh-hans', slug));
      await expect(page.locator('.bi-zh a[data-translator-note-ref]')).toHaveCount(0);
      const refs = page.locator('.bi-en a[data-translator-note-ref]');
      await expect(refs).toHaveCount(8);
      await refs.nth(4).scrollIntoViewIfNeeded();
      await refs.nth(4).click();
      await expect(page.locator('[data-note-popover]')).toContainText('Toutiao');
      await expect(page.locator('.bi-en section[data-translator-notes] li')).toHaveCount(8);
    });
  });
}

test('no Chinese page shows a translator’s note', async ({ page }) => {
  for (const variant of variantIds) {
    await page.goto(articlePath(variant, slug));
    await expect(page.locator('main [data-translator-note-ref], main [data-translator-notes]')).toHaveCount(0);
  }
});
