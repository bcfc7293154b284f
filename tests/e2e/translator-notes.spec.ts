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
      await expect(refs).toHaveText(['a', 'b', 'c']);
      const section = page.locator('main section[data-translator-notes]');
      await expect(section.locator('h2')).toHaveText('Translator’s notes');
      await expect(section.locator('ol[type="a"] > li')).toHaveCount(3);
      // The author's numbered notes come first; the translator's are last.
      expect(await section.evaluate((el) => el.previousElementSibling?.hasAttribute('data-footnotes'))).toBe(true);

      await refs.first().scrollIntoViewIfNeeded();
      await refs.first().click();
      const popover = page.locator('[data-note-popover]');
      await expect(popover).toBeVisible();
      await expect(popover).toContainText('ChatGPT Pulse');
      await expect(popover).not.toContainText('↑');
      await expect(popover).toBeInViewport({ ratio: 1 });
      await popover.locator('a').click();
      await expect(page).toHaveURL(/#tn-a$/);
      await expect(page.locator('#tn-a')).toBeInViewport();
      await page.locator('#tn-a a[data-footnote-backref]').click();
      await expect(page).toHaveURL(/#tnref-a$/);
      done();
    });

    test('中英对照: the notes in the English column and after the essay, none in the Chinese', async ({ page }) => {
      await page.goto(bilingualPath('zh-hans', slug));
      await expect(page.locator('.bi-zh a[data-translator-note-ref]')).toHaveCount(0);
      const refs = page.locator('.bi-en a[data-translator-note-ref]');
      await expect(refs).toHaveCount(3);
      await refs.nth(1).scrollIntoViewIfNeeded();
      await refs.nth(1).click();
      await expect(page.locator('[data-note-popover]')).toContainText('Toutiao');
      await expect(page.locator('.bi-en section[data-translator-notes] li')).toHaveCount(3);
    });
  });
}

test('no Chinese page shows a translator’s note', async ({ page }) => {
  for (const variant of variantIds) {
    await page.goto(articlePath(variant, slug));
    await expect(page.locator('main [data-translator-note-ref], main [data-translator-notes]')).toHaveCount(0);
  }
});
