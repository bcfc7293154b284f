import { expect, test } from '@playwright/test';
import { settled } from './helpers';

// Each page's language, each essay page's h1, paragraphs, ids and editor's note, and the same ids in every
// script: tests/site/essay-pages.test.ts, from the built HTML. The front page's list of essays:
// front-and-about.spec.ts. Console errors on load: a11y.spec.ts (every essay in 简体 and English, one in 繁 and 港).

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
