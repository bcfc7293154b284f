import { expect, test } from '@playwright/test';
import { variantIds, variantLangs } from './helpers';

for (const variant of variantIds) {
  test(`${variant}: essay → theme page → back to the exact paragraph`, async ({ page }) => {
    await page.goto(`/${variant}/articles/ai-strike-human-involution/`);
    const link = page.locator('main .prose-zh a.theme-link[data-topic="involution"]').first();
    await expect(link).toHaveText(variant === 'zh-hans' ? '内卷' : '內卷');
    await link.click();
    // It opens the theme's popover (issue 28), whose link goes to the theme page.
    await page.locator('[data-theme-popover] a').click();
    await expect(page).toHaveURL(new RegExp(`/${variant}/themes/involution/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', variantLangs[variant]);
    await expect(page.locator('h1')).toContainText(variant === 'zh-hans' ? '内卷' : '內卷');

    const passage = page.locator('a[data-passage^="ai-race-002#"]').first();
    await expect(passage.locator('mark').first()).toBeVisible();
    const target = (await passage.getAttribute('data-passage'))!;
    const id = target.split('#')[1]!;
    await passage.click();
    await expect(page).toHaveURL(new RegExp(`/${variant}/articles/ai-race-002/#${id}$`));
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await expect(page.locator(`#${id}`)).toContainText(variant === 'zh-hans' ? '内卷' : '內卷');
  });

  test(`${variant}: the essay's theme chips are ranked by mentions; related reading shares themes`, async ({
    page,
  }) => {
    await page.goto(`/${variant}/articles/ai-strike-human-involution/`);
    const counts = await page
      .locator('[data-about-essay] a[data-theme-chip] span span')
      .evaluateAll((els) => els.map((el) => Number(el.textContent)));
    expect(counts.length).toBeGreaterThan(2);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await expect(page.locator('[data-about-essay] a[data-theme-chip]').first()).toHaveAttribute(
      'data-theme-chip',
      'involution',
    );
    const related = page.locator('#related-reading ~ ol > li');
    expect(await related.count()).toBeGreaterThan(1);
    await expect(related.first()).toContainText(variant === 'zh-hans' ? '共同主题' : '共同主題');
  });

  test(`${variant}: the theme map links each cell to that essay's passages`, async ({ page }) => {
    await page.goto(`/${variant}/themes/`);
    const cells = page.locator('a[data-map-cell]');
    expect(await cells.count()).toBeGreaterThan(10);
    const cell = page.locator('a[data-map-cell="ai-race-002:involution"]');
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`/${variant}/themes/involution/#ai-race-002$`));
    await expect(page.locator('#ai-race-002')).toBeInViewport();
  });
}
