import { chromium } from '@playwright/test';
const [,, path, selector, out, width='1280'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } });
await p.goto('http://localhost:4300' + path);
await p.locator(selector).first().scrollIntoViewIfNeeded();
await p.evaluate((s) => document.querySelector(s).scrollIntoView({block:'start'}), selector);
await p.screenshot({ path: out });
await b.close();
