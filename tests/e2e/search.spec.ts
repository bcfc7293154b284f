import { expect, test, type Page } from '@playwright/test';
import { prefKeys } from '@/lib/browser/reader-prefs';
import { settled, slugs, variantIds, watchForErrors, type VariantId } from './helpers';

async function search(page: Page, variant: string, query: string) {
  await page.goto(`/${variant}/search/`);
  await page.locator('main input[type="search"]').fill(query);
  await expect(page.locator('[data-search-status="done"]')).toBeVisible();
  // Show every result.
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) await more.click();
  return page.locator('[data-search-results] li a');
}

const essaysOf = async (results: ReturnType<Page['locator']>) =>
  new Set((await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((h) => h!.split('/')[3]));

test('繁體: 全民基本收入 finds the passages in both UBI essays, shown in Traditional, landing on the paragraph', async ({
  page,
}) => {
  const results = await search(page, 'zh-hant', '全民基本收入');
  expect(await essaysOf(results)).toEqual(new Set(['good-bubble-ai-leverage', 'ai-strike-human-involution']));
  await expect(results.first().locator('mark').first()).toHaveText('全民基本收入');
  await expect(page.locator('[data-search-results]')).toContainText('馬斯克們的責任');
  const href = (await results.first().getAttribute('href'))!;
  expect(href).toMatch(/^\/zh-hant\/articles\/[a-z0-9-]+\/#p-\d+$/);
  await results.first().click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#-]/g, '\\$&')}$`));
  const paragraph = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText('全民基本收入');
});

test('简体: 內卷 typed in Traditional finds 内卷 in both essays, highlighted in Simplified', async ({ page }) => {
  const results = await search(page, 'zh-hans', '內卷');
  const essays = await essaysOf(results);
  expect(essays.has('ai-strike-human-involution')).toBe(true);
  expect(essays.has('ai-race-002')).toBe(true);
  await expect(results.first().locator('mark').first()).toHaveText('内卷');
  await expect(page).toHaveURL(/\?q=%E5%85%A7%E5%8D%B7$/);
  await results.first().click();
  await expect(page.locator(':target')).toBeInViewport();
  await expect(page.locator(':target')).toContainText('内卷');
});

for (const variant of variantIds) {
  test(`${variant}: a query in either script finds the same passages`, async ({ page }) => {
    for (const [simplified, traditional, essay] of [
      ['辞职信', '辭職信', 'ai-resignation-letters'],
      ['马斯克', '馬斯克', 'good-bubble-ai-leverage'],
    ] as const) {
      const a = await search(page, variant, simplified);
      const fromSimplified = await a.evaluateAll((as) => as.map((x) => x.getAttribute('href')));
      const b = await search(page, variant, traditional);
      const fromTraditional = await b.evaluateAll((as) => as.map((x) => x.getAttribute('href')));
      expect(fromTraditional).toEqual(fromSimplified);
      expect(fromSimplified.length).toBeGreaterThan(0);
      expect(fromSimplified[0]).toContain(`/${variant}/articles/${essay}/#p-`);
    }
  });
}

test('English: “resignations” finds the translation’s paragraphs, stemmed, and lands on the paragraph', async ({
  page,
}) => {
  const results = await search(page, 'en', 'resignations');
  expect(await essaysOf(results)).toEqual(new Set(['ai-resignation-letters']));
  await expect(page.locator('[data-search-group="zh"]')).toHaveCount(0);
  const marks = await page.locator('[data-search-results] mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.filter((m) => !/^resign(s|ed|ing|ation|ations)?$/i.test(m))).toEqual([]);
  expect(new Set(marks.map((m) => m.toLowerCase())).size).toBeGreaterThan(1);
  const href = (await results.first().getAttribute('href'))!;
  expect(href).toMatch(/^\/en\/articles\/ai-resignation-letters\/#p-\d+$/);
  await results.first().click();
  await expect(page.locator(':target')).toBeInViewport();
  await expect(page.locator(':target')).toContainText(/resign/i);
});

test('a Chinese query on the English page finds the Chinese passages, labelled and in Chinese', async ({ page }) => {
  const results = await search(page, 'en', '內卷');
  const group = page.locator('[data-search-group="zh"]');
  await expect(group.locator('h2')).toHaveText('In the Chinese original');
  await expect(group.locator('li').first()).toHaveAttribute('lang', 'zh-Hans');
  await expect(group.locator('mark').first()).toHaveText('内卷');
  expect(await results.first().getAttribute('href')).toMatch(/^\/zh-hans\/articles\/[a-z0-9-]+\/#p-\d+$/);
  await results.first().click();
  await expect(page.locator(':target')).toContainText('内卷');
});

for (const [variant, name, label] of [
  ['zh-hans', '马斯克', '英文译文中的结果'],
  ['zh-hant', '馬斯克', '英文譯文中的結果'],
] as const)
  test(`${variant}: "Musk" finds ${name} in the reader's own edition first, then the translation, labelled`, async ({
    page,
  }) => {
    // Issue 28: the Chinese essays write 马斯克; a Chinese reader typing the Latin name means those paragraphs.
    await search(page, variant, 'Musk');
    const groups = page.locator('[data-search-group]');
    expect(await groups.evaluateAll((els) => els.map((el) => el.getAttribute('data-search-group')))).toEqual([
      'zh',
      'en',
    ]);
    const own = page.locator('[data-search-group="zh"]');
    await expect(own.locator('mark').first()).toHaveText(name);
    await expect(own.locator('li a').first()).toHaveAttribute('href', new RegExp(`^/${variant}/articles/`));
    expect(await own.locator('li').count()).toBeGreaterThanOrEqual(16);
    const group = page.locator('[data-search-group="en"]');
    await expect(group.locator('h2')).toHaveText(label);
    await expect(group.locator('li').first()).toHaveAttribute('lang', 'en');
    await expect(group.locator('mark').first()).toHaveText(/^Musk/);
  });

test('nonsense finds nothing and shows the empty state: the themes, and the other language when it was not searched', async ({
  page,
}) => {
  for (const [variant, query, other] of [
    // Latin on a Chinese page searched the English too: nothing to offer there.
    ['zh-hans', 'xqzzyyk', undefined],
    // Latin on the English page did not search the Chinese original: offered.
    ['en', 'xqzzyyk', '/zh-hans/search/?q=xqzzyyk'],
    // Chinese on a Chinese page did not search the English.
    ['zh-hant', '鑫龘靐', `/en/search/?q=${encodeURIComponent('鑫龘靐')}`],
  ] as const) {
    await search(page, variant, query);
    await expect(page.locator('[data-search-results] li')).toHaveCount(0);
    const empty = page.locator('[data-search-empty]');
    await expect(empty).toBeVisible();
    await expect(empty.locator(`a[href^="/${variant}/themes/"]`)).toHaveCount(13);
    const link = empty.locator('[data-search-other]');
    if (other) await expect(link).toHaveAttribute('href', other);
    else await expect(link).toHaveCount(0);
  }
});

test('a Chinese term found only in its words is shown as partial matches, labelled, when nothing matches whole', async ({
  page,
}) => {
  const results = await search(page, 'zh-hans', '泡沫杠杆');
  await expect(page.locator('[data-search-partial] h2')).toContainText('没有段落包含完整的“泡沫杠杆”');
  expect(await results.count()).toBeGreaterThan(0);
  const first = page.locator('[data-search-results] li').first();
  await expect(first.locator('mark')).not.toHaveCount(0);
});

test('the English pages have the header search box', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/articles/ai-race-002/');
  const box = page.locator('header input[type="search"]');
  await box.fill('overtime');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=overtime$/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
});

test('the header search box leads to results (a plain form)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/zh-hant/articles/ai-race-002/');
  const box = page.locator('header input[type="search"]');
  await box.fill('全民基本收入');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/zh-hant\/search\/\?q=/);
  await expect(page.locator('[data-search-results] li')).toHaveCount(2);
});

test('article pages load no search code or index, even when the header box is used before submitting', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // One essay per edition: every essay page is the same template with the same islands.
  for (const variant of [...variantIds, 'en']) {
    for (const slug of [slugs[variantIds.indexOf(variant as VariantId) + 1] ?? slugs[0]!]) {
      const requests: string[] = [];
      const scripts: Promise<string>[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
      });
      await page.goto(`/${variant}/articles/${slug}/`);
      await page.locator('header input[type="search"]').fill('内卷');
      await page.mouse.wheel(0, 3000);
      await settled(page);
      page.removeAllListeners('request');
      page.removeAllListeners('response');
      expect(requests.filter((u) => /pagefind|\/search\//.test(u))).toEqual([]);
      for (const source of await Promise.all(scripts)) {
        // Pagefind's runtime or the search island's loader of it (the offline island knows the index's folder
        // by name, to save it on request: a path, not search code).
        expect(source).not.toMatch(/pagefind(?:-entry\.json|\.js|-highlight)/);
        // OpenCC's converter or dictionary data ("万 萬|与 與|…").
        expect(source).not.toMatch(
          /ConverterFactory|[\u4e00-\u9fff] [\u4e00-\u9fff]\|[\u4e00-\u9fff] [\u4e00-\u9fff]\|/,
        );
        expect(source).not.toContain('data-search-results');
      }
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript', async ({ page }) => {
    await page.goto('/zh-hans/search/?q=%E5%86%85%E5%8D%B7');
    await expect(page.getByText('搜索需要浏览器启用 JavaScript。')).toBeVisible();
  });
});

test('with JavaScript the no-script note is hidden', async ({ page }) => {
  await page.goto('/zh-hans/search/');
  await expect(page.locator('main [data-needs-script]')).toBeHidden();
});

for (const variant of ['zh-hant', 'en'] as const)
  test(`${variant}: a stored text size and dark theme hold on the search page, and a search works`, async ({
    page,
  }) => {
    // Issue 29: with Next's runtime, a non-default size made React re-render the document (#418) and <html>
    // lost the reader's theme and size. The page is an island now: nothing may take them away.
    const check = watchForErrors(page);
    await page.addInitScript(
      ([theme, font]) => {
        localStorage.setItem(theme, 'dark');
        localStorage.setItem(font, 'xl');
      },
      [prefKeys.theme, prefKeys.font] as const,
    );
    await page.goto(`/${variant}/search/?q=${encodeURIComponent(variant === 'en' ? 'resignation' : '辭職')}`);
    await expect(page.locator('[data-search-status="done"]')).toBeVisible();
    await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('data-theme-choice', 'dark');
    await expect(html).toHaveAttribute('data-font', 'xl');
    // Painted dark, not only marked so: the page's background is dark.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    expect((r! + g! + b!) / 3, background).toBeLessThan(80);
    // The reader controls show the stored size (islands/reader-controls.ts), and a second search works.
    await expect(page.locator('[data-font-control="larger"]')).toHaveAttribute('aria-disabled', 'true');
    await page.locator('main input[type="search"]').fill(variant === 'en' ? 'Musk' : '馬斯克');
    await expect(page.locator('[data-search-status="done"]')).toHaveAttribute(
      'data-search-query',
      variant === 'en' ? 'Musk' : '馬斯克',
    );
    await expect(html).toHaveAttribute('data-theme', 'dark');
    check();
  });

test('when the page’s own index cannot load, the page says search failed', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort());
  await page.goto(`/zh-hans/search/?q=${encodeURIComponent('内卷')}`);
  await expect(page.locator('[data-search-status="failed"]')).toHaveText('搜索暂时无法使用，请稍后再试。');
  await expect(page.locator('[data-search-results]')).toHaveCount(0);
});

test('what the reader types before the search island arrives is searched, not wiped', async ({ page }) => {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_islands\/search\.[0-9a-f]+\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/zh-hans/search/');
  await page.locator('main input[type="search"]').fill('内卷');
  release();
  await expect(page.locator('[data-search-status="done"]')).toHaveAttribute('data-search-query', '内卷');
  await expect(page.locator('main input[type="search"]')).toHaveValue('内卷');
});
