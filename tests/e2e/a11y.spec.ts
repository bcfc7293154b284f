import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { slugs, variantIds, watchForErrors } from './helpers';

/** One URL per page type and variant (every essay: they differ in structure). */
const urls = [
  '/',
  '/no-such-page/',
  ...variantIds.flatMap((v) => [`/${v}/`, ...slugs.map((slug) => `/${v}/articles/${slug}/`)]),
];

for (const url of urls) {
  // `/` redirects at once by script; its own content is checked as readers without JavaScript see it.
  test.describe(url, () => {
    test.use({ javaScriptEnabled: url !== '/' });
    test(`${url}: no axe violations, console errors or failed requests @mobile`, async ({ page }) => {
      const done = url === '/no-such-page/' ? () => undefined : watchForErrors(page);
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);
      done();
    });
  });
}
