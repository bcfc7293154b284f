import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { builtPages, pageTree } from '../site/built-site';
import { slugs } from './helpers';

const variants = ['zh-hans', 'zh-hant', 'en'] as const;

// The reference matcher below goes into the page as an inline script, which the page's CSP rightly blocks:
// this spec alone has the browser ignore the CSP (csp.spec.ts and every other spec run under it).
test.use({ bypassCSP: true });

/** The text-fragments polyfill's matcher (the spec's algorithm in JavaScript), to run inside the page. */
const matcher = readFileSync(
  createRequire(import.meta.url).resolve('text-fragments-polyfill/text-fragment-utils'),
  'utf8',
);

/** Load the reference matcher into the page as `window.textFragments`. */
async function addMatcher(page: Page): Promise<void> {
  await page.addScriptTag({
    type: 'module',
    content: `${matcher}\nwindow.textFragments = { getFragmentDirectives, parseFragmentDirectives, processTextFragmentDirective };`,
  });
  await page.waitForFunction(() => 'textFragments' in window);
  // The matcher asks for an element's computed style at every node it walks, once per directive and again for
  // each prefix it tries: 1 s a directive on a long essay. The page does not change while it matches, so each
  // element's style is read once (the fields `isNodeVisible` reads); the matches are the same, 4× sooner.
  await page.evaluate(() => {
    const computed = window.getComputedStyle.bind(window);
    // (`globalThis.Element`: this file's `Element` is hast's.)
    const seen = new WeakMap<globalThis.Element, Partial<CSSStyleDeclaration>>();
    const fields = ['visibility', 'display', 'height', 'width', 'overflowX', 'overflowY', 'opacity'] as const;
    window.getComputedStyle = ((element: globalThis.Element, pseudo?: string | null) => {
      if (pseudo) return computed(element, pseudo);
      let style = seen.get(element);
      if (!style) {
        const live = computed(element);
        style = Object.fromEntries(fields.map((f) => [f, live[f]]));
        seen.set(element, style);
      }
      return style;
    }) as unknown as typeof window.getComputedStyle;
  });
  // The reference matcher reads every text node, rendered or not; the browser matches rendered text. The
  // regional-wording layer's alternatives (`.rw-r`) are not rendered unless a reader asks for them.
  await page.evaluate(() => document.querySelectorAll('.rw-r').forEach((el) => el.remove()));
}

/**
 * Where the reference matcher finds each of a page's directives: how many matches (at most 2), whether the
 * first lies inside the target element, and its text and position.
 */
function matchAll(page: Page, fragments: readonly string[]) {
  return page.evaluate((hashes) => {
    interface TextFragments {
      getFragmentDirectives(hash: string): { text?: string[] };
      parseFragmentDirectives(d: { text?: string[] }): { text: { textStart: string }[] };
      processTextFragmentDirective(d: { textStart: string }): Range[];
    }
    const tf = (window as unknown as { textFragments: TextFragments }).textFragments;
    return hashes.map((hash) => {
      const id = hash.slice(1).split(':~:')[0]!;
      const directive = tf.parseFragmentDirectives(tf.getFragmentDirectives(hash)).text[0]!;
      const ranges = tf.processTextFragmentDirective(directive);
      const first = ranges[0];
      const r = first?.getBoundingClientRect();
      return {
        hash,
        count: ranges.length,
        inside: first ? document.getElementById(id)!.contains(first.commonAncestorContainer) : false,
        text: first?.toString() ?? '',
        expected: directive.textStart,
        rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : undefined,
      };
    });
  }, fragments);
}

/** The most common colour of a screenshot, read in a blank page's canvas. */
async function dominantColour(page: Page, png: Buffer): Promise<[number, number, number]> {
  const scratch = await page.context().newPage();
  const colour = await scratch.evaluate(
    async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts]
        .sort((a, b) => b[1] - a[1])[0]![0]
        .split(',')
        .map(Number);
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
  await scratch.close();
  return colour as [number, number, number];
}

const distance = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

for (const variant of variants) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${variant} (${scheme}): a passage link lands on its paragraph, highlighted, with the theme's term marked`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`/${variant}/themes/involution/`);
      const link = page.locator('a[data-passage^="ai-strike-human-involution#"][href*=":~:text="]').nth(3);
      const href = (await link.getAttribute('href'))!;
      const fragment = href.split('#')[1]!;
      const id = fragment.split(':~:')[0]!;
      // A real click: browsers apply text directives only on navigations the reader started.
      await link.click();
      // The directive is taken out of the URL before the fragment is processed: the paragraph is :target.
      await expect(page).toHaveURL(new RegExp(`/${variant}/articles/ai-strike-human-involution/#${id}$`));
      const paragraph = page.locator(`[id="${id}"]`);
      await expect(paragraph).toBeInViewport();
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
      const style = await paragraph.evaluate((el) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, bar: s.boxShadow };
      });
      expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.bar).toMatch(/inset/);

      // The term: where the directive matches (reference matcher), the browser painted ::target-text.
      await addMatcher(page);
      const [found] = await matchAll(page, [`#${fragment}`]);
      expect(found!.count).toBe(1);
      expect(found!.inside).toBe(true);
      expect(found!.text.toLowerCase()).toBe(found!.expected.toLowerCase());
      const rect = found!.rect!;
      // Scrolled to the term (browsers centre a text match), not just to the paragraph's top.
      expect(rect.y + rect.height / 2).toBeGreaterThan(800 * 0.3);
      expect(rect.y + rect.height / 2).toBeLessThan(800 * 0.7);
      const marked = await dominantColour(page, await page.screenshot({ clip: rect }));
      // The colour ::target-text is given (app/styles/themes.css), painted by a probe.
      await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.id = 'probe';
        probe.style.cssText = 'position:fixed;top:0;left:0;width:40px;height:40px;z-index:99';
        probe.style.background = 'color-mix(in srgb, var(--color-accent) 36%, var(--color-paper))';
        document.body.append(probe);
      });
      const probe = await dominantColour(page, await page.locator('#probe').screenshot());
      expect(distance(marked, probe), `term ${marked} vs ::target-text ${probe}`).toBeLessThanOrEqual(3);
    });
  }
}

/** Every passage link with a text directive on the built theme pages, by essay page. */
function directivesByEssay(): Map<string, string[]> {
  const byEssay = new Map<string, string[]>();
  for (const url of builtPages().filter((p) => /^\/(zh-hans|zh-hant|en)\/themes\/[^/]+\/$/.test(p))) {
    visit(pageTree(url), 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.properties.dataPassage === undefined || typeof href !== 'string' || !href.includes(':~:')) return;
      const [path, fragment] = href.split('#') as [string, string];
      byEssay.set(path, [...(byEssay.get(path) ?? []), `#${fragment}`]);
    });
  }
  return byEssay;
}

/**
 * Here the reference matcher checks the page the browser built against the text the site model has: every
 * essay in Simplified (Han text with no spaces, where word boundaries are the segmenter's), two in English (the
 * shortest and the longest), and the shortest in 繁體, whose markup is the
 * Simplified essay's. Every directive of every edition is checked against the model's text of
 * its page in tests/unit/text-fragment.test.ts, and the arrival tests above follow 繁體 passage links in the
 * browser itself.
 */
const matchedEssays = (variant: (typeof variants)[number]) =>
  variant === 'zh-hans'
    ? slugs
    : variant === 'zh-hant'
      ? ['ai-race-002']
      : ['ai-race-002', 'accelerated-computing-era'];

for (const variant of variants) {
  for (const slug of matchedEssays(variant)) {
    test(`${variant}/${slug}: every theme passage directive matches once, inside its paragraph, on the live page`, async ({
      page,
    }) => {
      // The reference matcher walks the whole page per directive: about 0.25 s each (59 on the longest essay).
      test.setTimeout(120_000);
      const path = `/${variant}/articles/${slug}/`;
      const hashes = directivesByEssay().get(path) ?? [];
      expect(hashes.length).toBeGreaterThan(variant === 'en' ? 0 : 3);
      await page.goto(path);
      await addMatcher(page);
      const problems = (await matchAll(page, hashes))
        .filter((m) => m.count !== 1 || !m.inside || m.text.toLowerCase() !== m.expected.toLowerCase())
        .map((m) => `${decodeURIComponent(m.hash)}: ${m.count} match(es), inside: ${m.inside}, “${m.text}”`);
      expect(problems).toEqual([]);
    });
  }
}

test('theme links and glossary terms look different: solid quiet underline vs dotted with a help cursor', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/zh-hans/articles/accelerated-computing-era/');
    const look = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return {
            line: s.textDecorationLine,
            style: s.textDecorationStyle,
            colour: s.textDecorationColor,
            cursor: s.cursor,
            text: s.color,
          };
        });
    const theme = await look('main .prose-zh a.theme-link');
    const glossary = await look('main .prose-zh a.glossary-term');
    const body = await page
      .locator('main .prose-zh p')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(theme.line).toBe('underline');
    expect(glossary.line).toBe('underline');
    expect(theme.style).toBe('solid');
    expect(glossary.style).toBe('dotted');
    expect(theme.colour).not.toBe(glossary.colour);
    expect(glossary.cursor).toBe('help');
    expect(theme.cursor).not.toBe('help');
    // Quieter in running text: a theme link is in the text's own colour.
    expect(theme.text).toBe(body);
  }
});

test('arriving at a passage whose term is the linked mention still highlights the whole paragraph', async ({
  page,
}) => {
  // Chromium makes the matched link the :target when the directive's text is a theme link's text.
  for (const n of [0, 1, 2]) {
    await page.goto('/zh-hans/themes/involution/');
    const link = page.locator('a[data-passage][href*=":~:text="]').nth(n);
    const id = (await link.getAttribute('href'))!.split('#')[1]!.split(':~:')[0]!;
    await link.click();
    const paragraph = page.locator(`[id="${id}"]`);
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toHaveCSS('box-shadow', /inset/);
  }
});
