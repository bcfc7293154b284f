/**
 * A link to a removed paragraph still lands (content/ids): ai-resignation-letters' p-14 (a link-card title,
 * removed) was retired and lands on p-15, the paragraph that followed it, in every variant, on a phone and
 * on a wide screen, and in 中英对照.
 */
import { expect, test, type Page } from '@playwright/test';
import { articlePath, bilingualPath } from '@/lib/site';
import { variants } from '@/lib/site/variants';
import { watchForErrors } from './helpers';

const slug = 'ai-resignation-letters';

/** The block is at the top of the reading area (below the sticky header) and marked as the arrival. */
async function expectLandedOn(page: Page, id: string) {
  const block = page.locator(`[id="${id}"]`);
  await expect(block).toBeInViewport();
  const { top, header, shadow } = await block.evaluate((el) => ({
    top: el.getBoundingClientRect().top,
    header: document.querySelector('header')!.getBoundingClientRect().bottom,
    shadow: getComputedStyle(el).boxShadow,
  }));
  expect(top).toBeGreaterThanOrEqual(header - 1);
  expect(top).toBeLessThan(header + 120);
  expect(shadow).toContain('inset');
}

for (const width of [360, 1440]) {
  test.describe(`a retired id lands on its successor at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const variant of variants) {
      test(`${variant.id}: #p-14 → p-15`, async ({ page }) => {
        const done = watchForErrors(page);
        await page.goto(`${articlePath(variant.id, slug)}#p-14`);
        await expectLandedOn(page, 'p-15');
        await expect(page.locator('[id="p-14"]')).toHaveAttribute('data-retired', '');
        // The reader's place is the surviving block, never the retired anchor.
        done();
      });
    }

    test('中英对照: #p-14 and #en-p-14 land on the pair that follows', async ({ page }) => {
      await page.goto(`${bilingualPath('zh-hans', slug)}#p-14`);
      await expectLandedOn(page, 'p-15');
      await page.goto(`${bilingualPath('zh-hans', slug)}#en-p-14`);
      await expect(page.locator('[id="en-p-15"]')).toBeInViewport();
    });
  });
}
