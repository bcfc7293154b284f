/**
 * Interactions on a slow phone: Chromium with 4× CPU throttling (CDP `Emulation.setCPUThrottlingRate`)
 * and a 390 × 844 touch screen. For each interaction, the time from input to the next paint, as the
 * browser's Event Timing API reports it (what INP is made of: input delay + handlers + rendering). The
 * API reports only interactions of 16 ms or more, so a faster one shows as “< 16”. Target: ≤ 100 ms.
 *
 * The 简/繁 switch and the 中英对照 toggle are links: their response is the current page's next paint
 * after the tap (the request for the other page is held back for a second, so that paint is measured
 * rather than the page load); beside it, not targeted, the time the other page takes from its HTML's
 * arrival to its first contentful paint.
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { chromiumFlags, chromiumPath, serveOut } from '../lib/serve-out';
import { median } from './median';
import { smoke } from './mode';
import { table } from './table';

const target = 100;
/** How long the finger rests on the screen in a tap. */
const tapHoldMs = 80;
const runs = smoke ? 1 : Number(process.env.BENCH_INTERACTION_RUNS ?? 7);
/** Pauses around a tap (settle, before the tap, collecting its entries); shorter in the smoke run. */
const pauses = smoke ? { settle: 200, beforeTap: 100, after: 300 } : { settle: 500, beforeTap: 300, after: 800 };
/** `BENCH_INTERACTIONS=font` measures only the interactions whose name contains it. */
const only = process.env.BENCH_INTERACTIONS;
const essay = '/zh-hans/articles/ai-strike-human-involution/';

interface Interaction {
  name: string;
  path: string;
  /** Brings the page to where the reader would be (scrolls), before the measurement. */
  prepare?: (page: Page) => Promise<void>;
  /** What the reader taps. */
  target: (page: Page) => Locator;
  /** Waits for the interaction's visible result. */
  done?: (page: Page) => Promise<void>;
  /** URL pattern of the page a link leads to (held back while the current page's response is measured). */
  navigatesTo?: RegExp;
  /**
   * Where the control answers at once and the page changes in a later frame (the font size): a selector that
   * matches once the change is made; the time from the input to the paint of that change is shown beside.
   */
  changed?: string;
}

/**
 * The "Aa" control: the reader-controls island's summary (the header has other menus — the phone's edition
 * menu is a `details` too — so a bare `details > summary` would match more than one).
 */
const settingsSummary = '[data-site-header] details[data-island="reader-controls"] > summary';

async function openSettings(page: Page) {
  await page.locator(settingsSummary).click();
  await page.locator('[data-settings-panel]').waitFor();
}

const toParagraph = (id: string) => async (page: Page) => {
  await page.evaluate((p) => document.getElementById(p)?.scrollIntoView({ block: 'center' }), id);
};

/** At p-30 with "Aa" open. */
const atP30WithSettings = async (page: Page) => {
  await toParagraph('p-30')(page);
  await openSettings(page);
};

const interactions: Interaction[] = [
  {
    name: 'tap on a paragraph (baseline: nothing to do)',
    path: '/zh-hans/articles/ai-race-002/',
    prepare: toParagraph('p-6'),
    target: (page) => page.locator('#p-6'),
  },
  {
    name: 'open a footnote popover',
    path: '/zh-hans/articles/ai-race-002/',
    prepare: async (page) => {
      await page
        .locator('main a[data-footnote-ref]')
        .nth(5)
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    },
    target: (page) => page.locator('main a[data-footnote-ref]').nth(5),
    done: async (page) => {
      await page.locator('[data-note-popover]').waitFor();
    },
  },
  {
    name: 'open the "Aa" reading settings',
    path: essay,
    prepare: toParagraph('p-30'),
    target: (page) => page.locator(settingsSummary),
    done: async (page) => {
      await page.locator('[data-settings-panel]').waitFor();
    },
  },
  {
    name: 'font size A+ (the essay reflows, the place is kept)',
    path: essay,
    prepare: atP30WithSettings,
    target: (page) => page.locator('[data-font-control="larger"]'),
    done: async (page) => {
      await page.locator('html[data-font="l"]').waitFor({ state: 'attached' });
    },
    changed: 'html[data-font="l"]',
  },
  {
    name: "show a paragraph's English (EN)",
    path: essay,
    prepare: toParagraph('p-30'),
    target: (page) => page.locator('#p-30 a[data-para-english]'),
    done: async (page) => {
      await page.locator('#en-of-p-30').waitFor();
    },
  },
  {
    // The first press loads the read-aloud player (a lazy island): the button answers at once (busy), the
    // player's bar follows when its file has arrived.
    name: 'press play (listen: loads the player)',
    path: essay,
    target: (page) => page.locator('[data-listen-play]'),
    done: async (page) => {
      await page.locator('[data-listen-player]').waitFor();
    },
  },
  {
    name: 'open the contents (the title in the header)',
    path: essay,
    prepare: async (page) => {
      await toParagraph('p-30')(page);
      await page.locator('[data-site-header][data-past-title]').waitFor();
    },
    target: (page) => page.locator('[data-site-header] details[data-toc="header"] > summary'),
    done: async (page) => {
      await page.locator('[data-site-header] details[data-toc="header"] a[data-toc-link]').first().waitFor();
    },
  },
  {
    name: 'switch 简 → 繁 (in the menu)',
    path: essay,
    prepare: async (page) => {
      await toParagraph('p-30')(page);
      await page.locator('details[data-variant-menu] > summary').click();
    },
    target: (page) => page.locator('details[data-variant-menu] a[data-variant-switch="zh-hant"]'),
    navigatesTo: /\/zh-hant\/articles\//,
  },
  {
    name: 'toggle 中英对照 (in "Aa")',
    path: essay,
    prepare: atP30WithSettings,
    target: (page) => page.locator('[data-settings-panel] a[data-reading-mode="bilingual"]'),
    navigatesTo: /\/bilingual\//,
  },
];

/** Collects Event Timing entries (and the next page's FCP) as they are reported, even across a navigation. */
async function observe(page: Page) {
  const events: { name: string; duration: number; start: number }[] = [];
  const fcp: number[] = [];
  await page.exposeFunction('__reportEvent', (name: string, duration: number, start: number) => {
    events.push({ name, duration, start });
  });
  await page.exposeFunction('__reportFcp', (ms: number) => fcp.push(ms));
  await page.addInitScript(() => {
    const w = window as unknown as {
      __reportEvent: (n: string, d: number, s: number) => void;
      __reportFcp: (ms: number) => void;
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__reportEvent(e.name, e.duration, e.startTime);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      for (const e of list.getEntries())
        if (e.name === 'first-contentful-paint') w.__reportFcp(e.startTime - (nav?.responseEnd ?? 0));
    }).observe({ type: 'paint', buffered: true });
  });
  return { events, fcp };
}

async function measure(browser: Browser, origin: string, interaction: Interaction) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const { events, fcp } = await observe(page);
  await page.goto(`${origin}${interaction.path}`, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Let the page settle (islands mounted, fonts laid out) before the input.
  await page.waitForTimeout(pauses.settle);
  const fcpBefore = fcp.length;
  if (interaction.navigatesTo) {
    await page.route(interaction.navigatesTo, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
  }
  await interaction.prepare?.(page);
  // Where to tap, found before the clock starts: the tap itself is a raw touch (no actionability checks
  // or helper listeners of the test tool on the page).
  const box = await interaction.target(page).boundingBox();
  if (!box) throw new Error(`${interaction.name}: nothing to tap on ${interaction.path}`);
  if (interaction.changed)
    await page.evaluate((selector) => {
      // The frame after the one the change is made in has begun: that change has been painted.
      const w = window as unknown as { __changePainted?: number; __inputAt?: number };
      addEventListener('pointerdown', (e) => (w.__inputAt = e.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame((t) => (w.__changePainted = t)));
      });
      observer.observe(document, { attributes: true, childList: true, subtree: true });
    }, interaction.changed);
  await page.waitForTimeout(pauses.beforeTap);
  const startCount = events.length;
  // A tap as a finger makes it: down, a short hold, up (an instant down-up would make the first event
  // wait for the last one's work, which no real tap does).
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(tapHoldMs);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await interaction.done?.(page);
  if (interaction.navigatesTo) {
    await page.waitForURL(interaction.navigatesTo);
    await page.waitForLoadState('load');
    const newCdp = await context.newCDPSession(page);
    await newCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.waitForTimeout(pauses.after);
  const inputs = events.slice(startCount).filter((e) => /^(pointer|mouse|touch|click|key)/.test(e.name));
  const response = inputs.length ? Math.max(...inputs.map((e) => e.duration)) : 0;
  const nextFcp = fcp.length > fcpBefore ? fcp[fcp.length - 1] : undefined;
  const changePainted = interaction.changed
    ? await page.evaluate(() => {
        const w = window as unknown as { __changePainted?: number; __inputAt?: number };
        return w.__changePainted !== undefined && w.__inputAt !== undefined
          ? w.__changePainted - w.__inputAt
          : undefined;
      })
    : undefined;
  await context.close();
  return { response, nextFcp, changePainted };
}

/**
 * Print the interactions table; returns false when one responds slower than the target (in the smoke run,
 * one run each, printed but not judged: it checks that every interaction can still be performed).
 */
export async function benchInteractions(): Promise<boolean> {
  const server = await serveOut(4176);
  let ok = true;
  const rows: string[][] = [];
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    for (const interaction of interactions.filter((i) => !only || i.name.includes(only))) {
      const samples = [];
      for (let i = 0; i < runs; i += 1) samples.push(await measure(browser, server.origin, interaction));
      const response = median(samples.map((s) => s.response));
      const worst = Math.max(...samples.map((s) => s.response));
      const pass = response <= target;
      if (!smoke) ok &&= pass;
      const show = (ms: number) => (ms === 0 ? '< 16' : ms.toFixed(0));
      const fcps = samples.flatMap((s) => (s.nextFcp === undefined ? [] : [s.nextFcp]));
      const changes = samples.flatMap((s) => (s.changePainted === undefined ? [] : [s.changePainted]));
      rows.push([
        interaction.name,
        show(response),
        show(worst),
        changes.length ? `${median(changes).toFixed(0)} ms` : '—',
        interaction.navigatesTo && fcps.length ? `${median(fcps).toFixed(0)} ms` : '—',
        smoke ? (pass ? 'ok (not judged)' : 'slow (not judged)') : pass ? 'ok' : 'MISSED',
      ]);
    }
  } finally {
    await browser?.close();
    server.close();
  }
  console.log(`\n## Interactions on a slow phone (4× CPU throttling, 390 × 844 touch; ms, median of ${runs})\n`);
  console.log(
    `Target: input → next paint ≤ ${target} ms (Event Timing; “< 16” is below what the API reports)${smoke ? '; smoke run: one run each, not judged' : ''}.\n`,
  );
  console.log(
    'Where the control answers first and the page changes a frame later (the font size), “change painted” is\n' +
      'the time from the input to the paint of the change (not targeted; the reader has seen the answer).\n',
  );
  table(['interaction', 'next paint', 'worst run', 'change painted', 'other page: HTML → first paint', 'target'], rows);
  return ok;
}
