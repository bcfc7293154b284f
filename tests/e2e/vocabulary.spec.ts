import { expect, test } from '@playwright/test';
import { axe, violationLines, wcagTags } from './axe';
import { slugs, variantIds, watchForErrors } from './helpers';

/**
 * Each essay's vocabulary (issue 32): reached from "About this essay" in every Chinese edition; at 360 px and
 * 1440 px nothing scrolls sideways and every item fits the viewport (measured), and axe finds nothing. One
 * essay per edition: the pages share one template, their words differ (tests/site/vocabulary.test.ts reads all).
 * Not repeated by the phone project: tests/e2e/phone-layout.spec.ts measures every Simplified vocabulary page
 * and a 繁體 one at touch widths, with their 44 px targets.
 */
test.describe.configure({ timeout: 60_000 });

const slug = slugs.includes('ai-race-002') ? 'ai-race-002' : slugs[0]!;

for (const variant of variantIds) {
  test(`${variant}: "About this essay" links the vocabulary, which fits 360 px and 1440 px and passes axe`, async ({
    page,
  }) => {
    const done = watchForErrors(page);
    await page.goto(`/${variant}/articles/${slug}/`);
    const link = page.locator('[data-about-essay] [data-vocabulary-link]');
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${variant}/articles/${slug}/vocabulary/$`));
    await expect(page.locator('[data-vocabulary-word]').first()).toBeVisible();
    expect(await page.locator('[data-vocabulary-word]').count()).toBeGreaterThan(20);

    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        outside: [...document.querySelectorAll('[data-vocabulary-word], [data-vocabulary-word] *')].filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && (box.left < -0.5 || box.right > window.innerWidth + 0.5);
        }).length,
      }));
      expect(layout, `${width} px`).toEqual({ overflow: 0, outside: 0 });
    }
    // At 1440 px the items are rows of three columns: the meaning beside the word, not under it.
    const first = page.locator('[data-vocabulary-word]').first();
    const [word, meaning] = await Promise.all([
      first.locator(':scope > div').nth(0).boundingBox(),
      first.locator(':scope > div').nth(1).boundingBox(),
    ]);
    expect(meaning!.x).toBeGreaterThan(word!.x + word!.width - 1);
    expect(Math.abs(meaning!.y - word!.y)).toBeLessThan(2);

    const results = await axe(page).withTags(wcagTags).analyze();
    expect(violationLines(results)).toEqual([]);
    done();
  });
}
