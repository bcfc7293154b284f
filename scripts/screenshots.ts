/**
 * Screenshots to look at, at 360 × 780 (phone, 2×) and 1440 × 900, light and dark, in every variant: an
 * essay's top; mid-essay with one paragraph's English revealed (Chinese) or the "Aa" settings open
 * (English); the contents open from the header (phone); 中英对照; the themes map; the essay's end; a note popover;
 * the index (its top and its list of essays), the About page, an opened editor's note. Written to `screenshots/` (git-ignored).
 * Usage: `npm run build && npm run screenshots [-- <slug>]` (serves `out/` itself).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { isScriptVariant, isTranslationVariant, variants } from '../lib/site/variants';
import { chromiumFlags, chromiumPath, serveOut } from './lib/serve-out';

const slug = process.argv[2] ?? 'ai-resignation-letters';
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 360, height: 780 } } as const;
const schemes = ['light', 'dark'] as const;
const variantIds = variants.map((v) => v.id);

const server = await serveOut(4174);
const shots: string[] = [];
async function shoot(page: Page, name: string) {
  const file = `screenshots/${name}.png`;
  await page.screenshot({ path: file });
  shots.push(file);
}

try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  for (const variant of variantIds) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const colorScheme of schemes) {
        const phone = device === 'phone';
        const page = await browser.newPage({
          viewport,
          colorScheme,
          deviceScaleFactor: phone ? 2 : 1,
          hasTouch: phone,
        });
        const tag = `${variant}-${device}-${colorScheme}`;
        const essay = `${server.origin}/${variant}/articles/${slug}/`;
        await page.goto(essay);
        await shoot(page, `essay-top-${tag}`);

        await page.goto(`${essay}#p-20`);
        if (isTranslationVariant(variant)) {
          await page.locator('[data-site-header] details.reader-settings > summary').click();
        } else {
          await page.locator('#p-20 a[data-para-english]').click();
          await page.locator('#en-of-p-20').waitFor();
        }
        await shoot(page, `essay-mid-${tag}`);
        if (phone) {
          await page.keyboard.press('Escape');
          // The contents open from the essay's title in the header (shown once past the h1).
          await page.locator('[data-site-header] details[data-toc="header"] > summary').click();
          await shoot(page, `essay-contents-${tag}`);
        }

        // A note's popover, in the text.
        const note = page.locator('main a[data-glossary-ref], main a[data-footnote-ref]').first();
        if ((await note.count()) > 0) {
          await page.goto(essay);
          await note.evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await note.click();
          await shoot(page, `popover-${tag}`);
        }
        await page.goto(essay);
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await shoot(page, `essay-end-${tag}`);

        if (isScriptVariant(variant)) {
          await page.goto(`${server.origin}/${variant}/articles/${slug}/bilingual/#p-20`);
          await shoot(page, `bilingual-${tag}`);
        }
        await page.goto(`${server.origin}/${variant}/themes/`);
        await page
          .locator('#theme-map-caption, table')
          .first()
          .evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.evaluate(() => window.scrollBy(0, -80));
        await shoot(page, `themes-map-${tag}`);
        await page.goto(`${server.origin}/${variant}/`);
        await shoot(page, `index-${tag}`);
        await page.locator('[data-essay-list]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shoot(page, `index-essays-${tag}`);
        await page.goto(`${server.origin}/${variant}/about/`);
        await shoot(page, `about-${tag}`);
        await page.goto(`${server.origin}/${variant}/articles/${slug}/#editor-note`);
        await page.locator('[data-editor-changes] > summary').click();
        await shoot(page, `editor-note-${tag}`);
        await page.close();
      }
    }
  }
  await browser.close();
  console.log(shots.join('\n'));
} finally {
  server.close();
}
