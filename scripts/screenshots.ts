/**
 * Screenshots of one essay in both scripts, desktop and phone, into `screenshots/`.
 * Usage: `npm run build && npm run screenshots [-- <slug>]` (serves `out/` itself).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath, serveOut } from './lib/serve-out';

const slug = process.argv[2] ?? 'ai-race-002';
const server = await serveOut(4174);
try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
  for (const variant of ['zh-hans', 'zh-hant']) {
    for (const [name, viewport] of Object.entries(viewports)) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
      for (const [label, path] of [
        ['article', `/${variant}/articles/${slug}/`],
        ['index', `/${variant}/`],
      ] as const) {
        await page.goto(`${server.origin}${path}`);
        const file = `screenshots/${label}-${variant}-${name}.png`;
        await page.screenshot({ path: file, fullPage: label === 'index' });
        console.log(file);
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.close();
}
