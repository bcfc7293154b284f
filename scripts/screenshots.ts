/**
 * Screenshots to look at: one essay in both scripts × light/dark × phone/desktop (the top of the page,
 * and the essay's end with notes and related reading), a footnote popover and a glossary popover, the
 * index, theme and 中英对照 pages, and the English index and essay. Written to `screenshots/` (git-ignored).
 * Usage: `npm run build && npm run screenshots [-- <slug>]` (serves `out/` itself).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumFlags, chromiumPath, serveOut } from './lib/serve-out';

const slug = process.argv[2] ?? 'accelerated-computing-era';
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 360, height: 780 } } as const;
const schemes = ['light', 'dark'] as const;

const server = await serveOut(4174);
const shots: string[] = [];
async function shoot(page: Page, name: string, fullPage = false) {
  const file = `screenshots/${name}.png`;
  await page.screenshot({ path: file, fullPage });
  shots.push(file);
}

try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  for (const variant of ['zh-hans', 'zh-hant']) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: device === 'phone' ? 2 : 1 });
        const tag = `${variant}-${device}-${colorScheme}`;
        await page.goto(`${server.origin}/${variant}/articles/${slug}/`);
        await shoot(page, `article-${tag}`);
        // A glossary term's popover, in the text.
        const term = page.locator('main a[data-glossary-ref], main a[data-footnote-ref]').first();
        if ((await term.count()) > 0) {
          await term.scrollIntoViewIfNeeded();
          await page.evaluate(() => window.scrollBy(0, -200));
          await term.click();
          await shoot(page, `popover-${tag}`);
          await page.keyboard.press('Escape');
        }
        // The essay's end: glossary, related reading, editor's note.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await shoot(page, `article-end-${tag}`);
        for (const [label, path] of [
          ['index', `/${variant}/`],
          ['themes', `/${variant}/themes/`],
          ['bilingual', `/${variant}/articles/${slug}/bilingual/`],
        ] as const) {
          await page.goto(`${server.origin}${path}`);
          await shoot(page, `${label}-${tag}`);
        }
        await page.close();
      }
    }
  }
  // English pages.
  for (const [device, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: device === 'phone' ? 2 : 1 });
    for (const [label, path] of [
      ['en-index', '/en/'],
      ['en-article', `/en/articles/${slug}/`],
    ] as const) {
      await page.goto(`${server.origin}${path}`);
      await shoot(page, `${label}-${device}`);
    }
    await page.close();
  }
  await browser.close();
  console.log(shots.join('\n'));
} finally {
  server.close();
}
