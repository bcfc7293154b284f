/**
 * Screenshots of one essay in both scripts, desktop and phone, into `screenshots/`.
 * Usage: `npm run build && npm run screenshots [-- <slug>]` (serves `out/` itself).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const slug = process.argv[2] ?? 'ai-race-002';
const port = 4174;
const server = spawn('npx', ['serve', 'out', '-l', String(port), '--no-clipboard'], { stdio: 'ignore' });

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

try {
  await waitForServer();
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
  for (const variant of ['zh-hans', 'zh-hant']) {
    for (const [name, viewport] of Object.entries(viewports)) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: name === 'phone' ? 2 : 1 });
      for (const [label, path] of [
        ['article', `/${variant}/articles/${slug}/`],
        ['index', `/${variant}/`],
      ] as const) {
        await page.goto(`http://localhost:${port}${path}`);
        const file = `screenshots/${label}-${variant}-${name}.png`;
        await page.screenshot({ path: file, fullPage: label === 'index' });
        console.log(file);
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
