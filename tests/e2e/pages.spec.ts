import { expect, test } from '@playwright/test';
import { slugs, variantIds, variantLangs, settled, watchForErrors } from './helpers';

for (const variant of variantIds) {
  test(`index lists every essay in ${variant} @mobile`, async ({ page }) => {
    const done = watchForErrors(page);
    await page.goto(`/${variant}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', variantLangs[variant]);
    const links = page.locator('main ol[data-essay-list] > li a[href*="/articles/"]');
    await expect(links).toHaveCount(slugs.length);
    for (const slug of slugs)
      await expect(page.locator(`main ol[data-essay-list] a[href="/${variant}/articles/${slug}/"]`)).toBeVisible();
    // Each entry: title, author, outlet, reading time, summary.
    await expect(page.locator('main ol[data-essay-list] > li').first()).toContainText(
      variant === 'zh-hans' ? '分钟读完' : '分鐘讀完',
    );
    done();
  });

  for (const slug of slugs) {
    test(`${slug} renders in ${variant}`, async ({ page }) => {
      const done = watchForErrors(page);
      await page.goto(`/${variant}/articles/${slug}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', variantLangs[variant]);
      await expect(page.locator('main h1')).toHaveCount(1);
      await expect(page.locator('main h1')).not.toBeEmpty();
      const paragraphs = page.locator('main .prose-zh p[id^="p-"]');
      expect(await paragraphs.count()).toBeGreaterThan(5);
      await expect(page.locator('#editor-note')).toBeVisible();
      // Ids are per paragraph, unique.
      const ids = await paragraphs.evaluateAll((els) => els.map((el) => el.id));
      expect(new Set(ids).size).toBe(ids.length);
      done();
    });
  }
}

test('paragraph ids are identical in both scripts', async ({ page }) => {
  for (const slug of slugs) {
    const idsOf = async (variant: string) => {
      await page.goto(`/${variant}/articles/${slug}/`);
      return page.locator('main [id]').evaluateAll((els) => els.map((el) => el.id));
    };
    expect(await idsOf('zh-hant'), slug).toEqual(await idsOf('zh-hans'));
  }
});

test('the Traditional page has Traditional text and corner quotes; the Simplified page neither', async ({ page }) => {
  // The Chinese text only: the English title and summary (lang="en") use English quotes.
  const chineseText = () =>
    page.locator('main').evaluate((main) => {
      const clone = main.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="en"]').forEach((el) => el.remove());
      return clone.innerText;
    });
  await page.goto('/zh-hant/articles/ai-race-002/');
  const hant = await chineseText();
  expect(hant).toContain('「002」');
  expect(hant).toContain('極限');
  expect(hant).not.toMatch(/[“”]/);
  await page.goto('/zh-hans/articles/ai-race-002/');
  const hans = await chineseText();
  expect(hans).toContain('“002”');
  expect(hans).toContain('极限');
  expect(hans).not.toMatch(/[「」]/);
});

test('no OpenCC code or dictionary is loaded by an essay page', async ({ page }) => {
  const loaded: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') loaded.push(response.text());
  });
  await page.goto('/zh-hant/articles/ai-race-002/');
  await settled(page);
  const scripts = await Promise.all(loaded);
  expect(scripts.length).toBeGreaterThan(0);
  for (const source of scripts) {
    // Markers of opencc-js's converter code.
    expect(source).not.toMatch(/trie_val|ConverterFactory|STCharacters/);
    // A run of STCharacters dictionary data ("万 萬|与 與|…" format).
    expect(source).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]\|[\u4e00-\u9fff] [\u4e00-\u9fff]\|/);
  }
});
