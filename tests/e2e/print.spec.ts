import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { settled } from './helpers';

/**
 * Print (issue 33, point 4): an essay in each edition and a 中英对照 page, printed by Chromium with the
 * dark theme on. In print media the DOM has no controls, numbered endnotes, external links followed by their
 * address, the page's address under the byline, black on white, and pairs that do not split; then each page
 * prints to a PDF of several pages, whose first pages poppler rasterises (test-results/…/print-*.png, to look at).
 */
const pages = [
  { name: 'zh-hans', path: '/zh-hans/articles/ai-race-002/', notes: true },
  { name: 'zh-hant', path: '/zh-hant/articles/accelerated-computing-era/', notes: false },
  { name: 'zh-hk', path: '/zh-hk/articles/ai-race-002/', notes: true },
  { name: 'en', path: '/en/articles/ai-race-002/', notes: true },
  { name: 'bilingual', path: '/zh-hans/articles/ai-race-002/bilingual/', notes: true },
] as const;

/** Controls and navigation found on the essay pages, each of which must be present and must not print. */
const controls = [
  '[data-site-header]',
  '[data-island="reader-controls"]',
  '[data-island="variant-switch"]',
  '[data-island="reading-mode-switch"]',
  '[data-island="toc"]',
  'form[role="search"]',
  '[data-island="reading-progress"]',
  '[data-permalink-status]',
  '[data-island="theme-ref"]',
  '[data-back-to-index]',
  'footer',
];
/** Present on some pages only (paragraph tools are on Chinese essays; the listen bar is another branch's). */
const optionalControls = [
  '.para-tools',
  'section[aria-labelledby="related-reading"]',
  'details[data-backrefs]',
  'a[data-footnote-backref]',
  'a[data-glossary-backref]',
  '[data-mode-notice]',
  '[data-listen-control]',
  '[data-listen-bar]',
  '[data-listen-play]',
  '[data-listen-player]',
  '[data-island="listen"]',
];

/** Relative luminance (0 black … 1 white) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

async function visibleOf(page: Page, selector: string): Promise<{ count: number; visible: number }> {
  return page
    .locator(selector)
    .evaluateAll((els) => ({ count: els.length, visible: els.filter((el) => el.checkVisibility()).length }));
}

for (const { name, path, notes } of pages) {
  test(`print: ${name} (${path}) prints the essay without controls, as a PDF of several pages`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    // The reader's dark theme (the prefs script sets it before paint; set here whatever the stored choice).
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    // Controls that islands add when idle (the listen ▶ buttons) are on the page before it prints.
    await settled(page);
    await expect(page.locator('[data-print-url]')).toBeHidden(); // on screen
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

    for (const selector of controls) {
      const { count, visible } = await visibleOf(page, selector);
      expect(count, `${selector} is on the page`).toBeGreaterThan(0);
      expect(visible, `${selector} does not print`).toBe(0);
    }
    for (const selector of optionalControls) expect((await visibleOf(page, selector)).visible, selector).toBe(0);

    // The title, byline and the page's canonical address at the top.
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main [data-byline]')).toBeVisible();
    const url = page.locator('[data-print-url]');
    await expect(url).toBeVisible();
    expect(new URL((await url.textContent()) ?? '').pathname).toBe(path);

    // Black on white, although the page is in the dark theme.
    const colours = await page.evaluate(() => {
      const text = document.querySelector('main .prose-zh p')!;
      return {
        text: getComputedStyle(text).color,
        html: getComputedStyle(document.documentElement).backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        byline: getComputedStyle(document.querySelector('main [data-byline]')!).color,
        url: getComputedStyle(document.querySelector('main [data-print-url]')!).color,
        // A dark colour scheme paints the PDF's page margins dark.
        scheme: getComputedStyle(document.documentElement).colorScheme,
      };
    });
    expect(luminance(colours.text)).toBeLessThan(0.15);
    expect(luminance(colours.byline)).toBeLessThan(0.3);
    expect(luminance(colours.url)).toBeLessThan(0.3);
    expect(colours.scheme).toBe('light');
    expect(luminance(colours.html)).toBeGreaterThan(0.98);
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(colours.body);

    // One body size on paper whatever the reader's size on screen: 10.5pt (14px) Chinese, 11pt English.
    await page.evaluate(() => (document.documentElement.dataset.font = 'xl'));
    const size = await page
      .locator('main .prose-zh p')
      .first()
      .evaluate((p) => getComputedStyle(p).fontSize);
    expect(size).toBe(name === 'en' ? '14.6667px' : '14px');

    // Notes as numbered endnotes: the markers print as numbers, the list keeps its numbers.
    if (notes) {
      await expect(page.locator('main section[data-footnotes]').first()).toBeVisible();
      const refs = page.locator('main a[data-footnote-ref]');
      await expect(refs.first()).toBeVisible();
      expect(await refs.first().textContent()).toMatch(/^\d+$/);
      const listStyle = await page
        .locator('main section[data-footnotes] > ol')
        .first()
        .evaluate((ol) => getComputedStyle(ol).listStyleType);
      expect(listStyle).toBe('decimal');
    }

    // External links show their address; internal links, theme links, note markers and glossary terms do not,
    // nor does a link whose text already is its address (the source link).
    const after = await page.evaluate(() => {
      const paragraph = document.querySelector('main .prose-zh p')!;
      const external = document.createElement('a');
      external.href = 'https://example.org/a/long/path';
      external.textContent = 'example';
      paragraph.append(external);
      const content = (el: Element | null) => (el ? getComputedStyle(el, '::after').content : null);
      return {
        external: content(external),
        theme: content(document.querySelector('main a.theme-link')),
        noteRef: content(document.querySelector('main a[data-footnote-ref]')),
        glossary: content(document.querySelector('main a.glossary-term')),
        source: content(document.querySelector('main a[data-url-text]')),
        wrap: getComputedStyle(external, '::after').overflowWrap,
      };
    });
    expect(after.external).toBe('" (https://example.org/a/long/path)"');
    expect(after.wrap).toBe('anywhere');
    for (const kind of ['theme', 'noteRef', 'glossary', 'source'] as const)
      expect(after[kind] ?? 'none', `${kind} shows no address`).not.toContain('(');

    if (name === 'bilingual') {
      // Every pair whole; the rows of notes (lists) break between their items.
      const rows = await page
        .locator('.bi-row')
        .evaluateAll((els) =>
          els.map((el) => ({ notes: el.querySelector('section') !== null, inside: getComputedStyle(el).breakInside })),
        );
      const pairs = rows.filter((row) => !row.notes);
      expect(pairs.length).toBeGreaterThan(10);
      expect(new Set(pairs.map((row) => row.inside))).toEqual(new Set(['avoid']));
      expect(rows.filter((row) => row.notes).map((row) => row.inside)).toContain('auto');
    }

    // The PDF: several A4 pages; the first three rasterised at 60 dpi to look at.
    await page.evaluate(() =>
      document.querySelector('main .prose-zh p > a[href="https://example.org/a/long/path"]')?.remove(),
    );
    const pdf = testInfo.outputPath(`print-${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pageCount).toBeGreaterThan(1);
    const prefix = testInfo.outputPath(`print-${name}`);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, prefix]);
    for (const n of [1, 2]) {
      const png = `${prefix}-${String(n).padStart(String(pageCount).length, '0')}.png`;
      expect(existsSync(png), png).toBe(true);
    }
  });
}
