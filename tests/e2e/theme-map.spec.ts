import { expect, test, type Page } from '@playwright/test';
import { axe, violationLines } from './axe';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { getGuide } from '@/lib/model';
import { slugs } from './helpers';

const variants = ['zh-hans', 'zh-hant', 'en'] as const;
const widths = [320, 360, 390, 768, 1024, 1440, 1920];
/** The map's size, from the sources (a sixth essay or a fourteenth theme changes it). */
const themeCount = (parse(readFileSync('content/themes.yaml', 'utf8')) as unknown[]).length;

/** Layout facts about the theme map on the current page, measured in the browser. */
function measureMap(page: Page) {
  return page.evaluate(() => {
    const round = (n: number) => Math.round(n * 10) / 10;
    const scroller = document.querySelector<HTMLElement>('[data-theme-map-scroll]')!;
    const box = scroller.getBoundingClientRect();
    const main = document.querySelector('main')!;
    // Everything on the page outside the map's own scroll box stays inside the viewport.
    const outside = [...main.querySelectorAll('*'), ...document.querySelectorAll('footer *')]
      .filter((el) => !scroller.contains(el) || el === scroller)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < -0.5 || r.right > innerWidth + 0.5))
      .map(({ el }) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)}`);
    // Every header and cell lies inside the scroll box's scrollable area: visible, or reachable by scrolling.
    const cells = [...scroller.querySelectorAll('th, td')].map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left - box.left + scroller.scrollLeft, right: r.right - box.left + scroller.scrollLeft };
    });
    const unreachable = cells.filter((c) => c.left < -0.5 || c.right > scroller.scrollWidth + 0.5).length;
    const caption = document.getElementById('theme-map-caption')!;
    const cr = caption.getBoundingClientRect();
    const links = [...document.querySelectorAll<HTMLElement>('figure a')].map((a) => {
      const r = a.getBoundingClientRect();
      return { name: a.textContent!.trim().slice(0, 20), width: round(r.width), height: round(r.height) };
    });
    return {
      outside,
      unreachable,
      cells: cells.length,
      overflow: scroller.scrollWidth - scroller.clientWidth,
      scrollerInView: box.left >= -0.5 && box.right <= innerWidth + 0.5,
      captionWhole: cr.left >= 0 && cr.right <= innerWidth && caption.scrollWidth <= caption.clientWidth,
      fade: getComputedStyle(scroller).getPropertyValue('--theme-map-fade').trim(),
      smallLinks: links.filter((l) => l.width < 44 || l.height < 44),
    };
  });
}

/**
 * Line breaks inside the map's labels (theme names, column labels) that fall where the browser's own word
 * segmentation (ICU, the page's language) has no word boundary: a word broken in two.
 */
function midWordBreaks(page: Page) {
  return page.evaluate(() => {
    const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
    const labels = document.querySelectorAll('[data-map-theme], [data-map-column] > [aria-hidden]');
    const broken: string[] = [];
    for (const label of labels) {
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      const chars: { node: Text; offset: number }[] = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i += 1) chars.push({ node, offset: i });
      }
      const text = chars.map(({ node, offset }) => node.data[offset]).join('');
      const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
      let lastTop: number | undefined;
      chars.forEach(({ node, offset }, i) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0 && /\s/.test(node.data[offset]!)) return; // a collapsed space at a line end
        if (lastTop !== undefined && rect.top > lastTop + 2 && !boundaries.has(i)) {
          broken.push(`${text.slice(0, i)}|${text.slice(i)}`);
        }
        lastTop = rect.top;
      });
    }
    return { broken, labels: labels.length };
  });
}

for (const variant of variants) {
  for (const width of widths) {
    test(`${variant} at ${width} px: the map fits, every column is reachable, labels wrap between words`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${variant}/themes/`);
      const map = await measureMap(page);
      expect(map.outside, 'elements past the viewport (horizontal page overflow)').toEqual([]);
      expect(map.scrollerInView).toBe(true);
      expect(map.cells).toBe((themeCount + 1) * (slugs.length + 1));
      expect(map.unreachable, 'headers or cells outside the scrollable area').toBe(0);
      expect(map.captionWhole, 'caption cut').toBe(true);
      // From 360 px the map fits without scrolling; where it scrolls, the far edge fades as a hint.
      if (width >= 360) expect(map.overflow).toBeLessThanOrEqual(0);
      if (map.overflow > 0) expect(map.fade).not.toBe('0px');
      else expect(map.fade).toBe('0px');
      if (width <= 768) expect(map.smallLinks, 'links smaller than 44 × 44 px').toEqual([]);
      const breaks = await midWordBreaks(page);
      expect(breaks.labels).toBe(themeCount + slugs.length);
      expect(breaks.broken, 'labels broken inside a word').toEqual([]);
    });
  }

  test(`${variant}: columns are named in full for screen readers and in the key; cells name essay, theme and count`, async ({
    page,
  }) => {
    await page.goto(`/${variant}/themes/`);
    const keyed = await page
      .locator('[data-map-key]')
      .evaluateAll((items) =>
        items.map((li) => ({ slug: li.getAttribute('data-map-key'), title: li.querySelector('a')!.textContent })),
      );
    expect(keyed).toHaveLength(slugs.length);
    for (const { slug, title } of keyed) {
      const header = page.getByRole('columnheader', { name: title!, exact: true });
      await expect(header).toHaveAttribute('data-map-column', slug!);
      await expect(page.locator(`[data-map-key="${slug}"] a`)).toHaveAttribute('href', `/${variant}/articles/${slug}/`);
    }
    const cell = page.locator('a[data-map-cell="ai-race-002:overwork"]');
    // The count the cell shows (the mentions, which change when content/themes.yaml is edited).
    const count = (await cell.textContent())!.trim();
    expect(count).toMatch(/^\d+$/);
    await expect(cell).toHaveAccessibleName(
      new RegExp(`${keyed.find((k) => k.slug === 'ai-race-002')!.title!.slice(0, 8)}.*${count}`),
    );
  });

  test(`${variant}: with large text on a phone the map scrolls under its frozen theme column, with hints`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/${variant}/themes/`);
    // Large text (a reader's zoom): the table no longer fits and must scroll inside its box.
    await page.addStyleTag({ content: '[data-theme-map] { font-size: 2rem; }' });
    const scroller = page.locator('[data-theme-map-scroll]');
    const state = () =>
      scroller.evaluate((el) => ({
        overflow: el.scrollWidth - el.clientWidth,
        fade: getComputedStyle(el).getPropertyValue('--theme-map-fade').trim(),
        frozenLeft: el.querySelector('tbody th')!.getBoundingClientRect().left - el.getBoundingClientRect().left,
        shadow: getComputedStyle(el.querySelector('tbody th')!).boxShadow,
      }));
    const start = await state();
    expect(start.overflow).toBeGreaterThan(0);
    expect(start.fade).not.toBe('0px');
    expect(start.shadow).toMatch(/ 0px 0px 0px 0px$|^none$/);
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(async () => (await state()).fade).toBe('0px');
    const end = await state();
    expect(end.frozenLeft).toBeCloseTo(0, 0);
    expect(end.shadow).toMatch(/ 6px 0px 6px -6px$/);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`heat colours and links keep their contrast (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // The map's pages; an essay's theme links are checked in both schemes by a11y.spec.ts (light) and
    // reader.spec.ts (dark), with every other axe rule.
    for (const url of ['/zh-hans/themes/', '/en/themes/']) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const results = await axe(page).withRules(['color-contrast', 'link-in-text-block']).analyze();
      expect(violationLines(results), url).toEqual([]);
    }
  });
}

test('the map’s columns and key follow the 导读’s reading order in every edition', async ({ page }) => {
  // Issue 28: the columns were newest first; a reader who follows the 导读 reads them left to right.
  for (const variant of ['zh-hans', 'zh-hant', 'zh-hk', 'en'] as const) {
    await page.goto(`/${variant}/themes/`);
    const order = getGuide(variant).data.readingOrder;
    const columns = await page
      .locator('[data-map-column]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-map-column')));
    expect(columns, variant).toEqual(order);
    const keyed = await page
      .locator('[data-map-key]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-map-key')));
    expect(keyed, variant).toEqual(order);
  }
});
