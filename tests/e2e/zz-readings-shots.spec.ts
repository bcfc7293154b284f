import { test } from '@playwright/test';

const pages = [
  ['zh-hans', 'pinyin', ''],
  ['zh-hant', 'zhuyin', ''],
  ['zh-hk', 'jyutping', ''],
  ['zh-hant', 'pinyin', 'bilingual/'],
] as const;
for (const [edition, kind, sub] of pages)
  for (const [w, h] of [[360, 740], [1440, 900]] as const)
    for (const theme of ['light', 'dark'])
      test(`shot ${edition} ${kind} ${sub} ${w} ${theme}`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h });
        await page.goto(`/${edition}/articles/ai-race-002/${sub}`);
        await page.evaluate(
          ([e, k, t]) => {
            localStorage.setItem(`ai-work:readings:${e}`, k!);
            localStorage.setItem('ai-work:theme', t!);
          },
          [edition, kind, theme],
        );
        await page.reload();
        await page.locator('#p-3[data-readings]').waitFor();
        await page.evaluate(() => {
          const header = document.querySelector('[data-site-header]')!.getBoundingClientRect().bottom;
          window.scrollBy(0, document.getElementById('p-3')!.getBoundingClientRect().top - header - 4);
        });
        await page.screenshot({ path: `/tmp/readings-shots/${edition}-${kind}-${sub ? 'bi-' : ''}${w}-${theme}.png` });
      });
