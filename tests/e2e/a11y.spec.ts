import { expect, test } from '@playwright/test';
import { axe, violationLines, wcagTags } from './axe';
import { slugs, variantIds, watchForErrors } from './helpers';

/**
 * One URL per page type and edition, and every essay where essays differ in structure: the Simplified text and
 * the English translation (each has its own blocks, notes, tables and glossary). A 繁體 or 港 essay is its
 * Simplified essay's markup in another script (conversion changes text, never structure; the golden files
 * prove it), so one essay per Traditional edition stands for the rest: the shortest (the longest is checked
 * in Simplified and English).
 */
const shortest = 'ai-race-002';
const desktopUrls = [
  '/',
  '/no-such-page/',
  '/zh-hant/no-such-page/',
  '/en/search/?q=resignations',
  '/en/search/?q=%E5%86%85%E5%8D%B7',
  '/zh-hans/search/?q=xqzzyyk',
  ...variantIds.flatMap((v) => [
    `/${v}/search/?q=${encodeURIComponent(v === 'zh-hans' ? '內卷' : '全民基本收入')}`,
    `/${v}/`,
    ...(v === 'zh-hans' ? slugs : [shortest]).map((slug) => `/${v}/articles/${slug}/`),
    `/${v}/themes/`,
    `/${v}/themes/involution/`,
    ...(v === 'zh-hans' ? [`/${v}/themes/ai-resignations/`] : []),
    // 中英对照 on the shortest essay: its template; every essay's blocks are checked on its own page above.
    `/${v}/articles/ai-race-002/bilingual/`,
    `/${v}/about/`,
  ]),
  '/en/',
  '/en/about/',
  ...slugs.map((slug) => `/en/articles/${slug}/`),
  '/en/themes/',
  '/en/themes/involution/',
];

/**
 * On a phone the markup is the desktop's; what changes is layout (the edition menu, the controls that fold
 * away) and so contrast and target sizes: one page per type, in Chinese and in English.
 */
const phoneUrls = new Set([
  '/',
  '/no-such-page/',
  '/zh-hans/search/?q=%E5%85%A7%E5%8D%B7',
  '/zh-hans/',
  // The shortest essay: every Simplified page's targets are measured at touch widths by phone-layout.spec.ts,
  // and colours do not change with the width.
  `/zh-hans/articles/${shortest}/`,
  '/zh-hans/themes/',
  '/zh-hans/themes/involution/',
  '/zh-hans/articles/ai-race-002/bilingual/',
  '/zh-hans/about/',
  '/zh-hk/',
  `/zh-hk/articles/${shortest}/`,
  '/en/',
  `/en/articles/${shortest}/`,
]);

// A load and axe over the longest essay: 5–8 s on this 2-core machine with four workers, more when it is busy.
test.describe.configure({ timeout: 60_000 });

const urls = desktopUrls.map((url) => ({ url, tag: phoneUrls.has(url) ? ' @mobile' : '' }));

for (const { url, tag } of urls) {
  test.describe(url, () => {
    test(`${url}: no axe violations, console errors or failed requests${tag}`, async ({ page }) => {
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
      const { pathname, search } = new URL(page.url());
      expect(pathname + search).toBe(url);
      if (url.includes('/search/'))
        await expect(page.locator('[data-search-results] li, [data-search-empty]').first()).toBeVisible();
      expect(violationLines(await axe(page).withTags(wcagTags).analyze())).toEqual([]);
      done();
    });
  });
}
