import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { slugs, variantIds, watchForErrors } from './helpers';

/** One URL per page type and variant (every essay: they differ in structure). */
const urls = [
  '/',
  '/no-such-page/',
  '/zh-hant/no-such-page/',
  '/en/search/?q=resignations',
  '/en/search/?q=%E5%86%85%E5%8D%B7',
  '/zh-hans/search/?q=xqzzyyk',
  ...variantIds.flatMap((v) => [
    `/${v}/search/?q=${encodeURIComponent(v === 'zh-hans' ? '內卷' : '全民基本收入')}`,
    `/${v}/`,
    ...slugs.map((slug) => `/${v}/articles/${slug}/`),
    `/${v}/themes/`,
    `/${v}/themes/involution/`,
    `/${v}/themes/ai-resignations/`,
    `/${v}/articles/ai-race-002/bilingual/`,
    `/${v}/articles/accelerated-computing-era/bilingual/`,
    `/${v}/about/`,
  ]),
  '/en/',
  '/en/about/',
  ...slugs.map((slug) => `/en/articles/${slug}/`),
  '/en/themes/',
  '/en/themes/involution/',
];

for (const url of urls) {
  test.describe(url, () => {
    test(`${url}: no axe violations, console errors or failed requests @mobile`, async ({ page }) => {
      const done = url.includes('no-such-page') ? () => undefined : watchForErrors(page);
      if (url === '/') {
        // `/` redirects at once by script; check its own content, as readers without JavaScript see it.
        await page.route('**/', async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(/(<script id="variant-redirect">).*?(<\/script>)/s, '$1$2');
          await route.fulfill({ response, body: html });
        });
      }
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const { pathname, search } = new URL(page.url());
      expect(pathname + search).toBe(url);
      if (url.includes('/search/'))
        await expect(page.locator('[data-search-results] li, [data-search-empty]').first()).toBeVisible();
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
