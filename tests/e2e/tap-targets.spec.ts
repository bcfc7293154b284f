import { expect, test } from '@playwright/test';
import { settled, slugs } from './helpers';
import { measureTargets } from './tap-targets';

/**
 * Issue 28: every tap target on an essay page is at least 44 × 44 px where a finger lands (its hit area,
 * pseudo-elements included), measured at 390 px. Links inside running text are excepted (WCAG 2.5.8);
 * note marks and back links are not. The paragraph tools (¶ / EN) are measured by their own test below: their
 * targets reach up over the end of the paragraph's last line, where a note mark may stand and take the
 * middle of the target, so what is measured for them is their 44 × 44 px boxes, side by side, and that a tap
 * where each one's mark is drawn reaches it (or a note mark right there, whose target stays on top).
 *
 * Two targets closer than 44 px cannot each have 44 px of their own: a note mark directly before another
 * mark ("[1]b"), a paragraph's ¶ or a mark on the next line shares the space between them; each keeps its
 * own box (a tap on it never reaches the other). Those are listed, and must all be note marks.
 */
const pages = [
  ...slugs.map((slug) => `/zh-hans/articles/${slug}/`),
  '/zh-hant/articles/ai-race-002/',
  '/zh-hk/articles/accelerated-computing-era/',
  '/en/articles/ai-race-002/',
  '/en/articles/accelerated-computing-era/',
  '/zh-hans/articles/ai-race-002/bilingual/',
  '/zh-hk/articles/accelerated-computing-era/bilingual/',
];

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const path of pages) {
    test(`${path}: every tap target is 44 × 44 px`, async ({ page }) => {
      await page.goto(path);
      // The notes' many back links are one control; open it so its places are measured too.
      for (const summary of await page.locator('main details.backrefs > summary').all()) await summary.click();
      const sizes = await page.evaluate(measureTargets, '.para-tools');
      expect(sizes.length).toBeGreaterThan(15);
      const small = sizes.filter((s) => (s.height < 44 || s.width < 44) && !s.shared);
      expect(small, JSON.stringify(small)).toEqual([]);
      const shared = sizes.filter((s) => s.width < 44 || s.height < 44);
      for (const s of shared) {
        expect(s.what, 'only note marks share their target').toMatch(/^a#(en-)?(fn|tn)ref-/);
        expect(s.width, `${s.what} keeps its own box`).toBeGreaterThanOrEqual(Math.min(s.box.width, 44) - 1);
        expect(s.height, `${s.what} keeps its own box`).toBeGreaterThanOrEqual(Math.min(s.box.height, 44) - 1);
      }
      test.info().annotations.push({
        type: 'shared',
        description: shared.map((s) => `${s.what} ${s.width}×${s.height}`).join(', ') || 'none',
      });
    });

    test(`${path}: each paragraph tool is a 44 × 44 px target of its own, reached where it is drawn`, async ({
      page,
    }) => {
      await page.goto(path);
      // The ▶ and 拼 tools are added when the page is idle: measured with them.
      await settled(page);
      const { problems, checked } = await page.evaluate(() => {
        const found: string[] = [];
        let overlaps = 0;
        for (const tool of document.querySelectorAll<HTMLElement>('.para-tools > a')) {
          tool.scrollIntoView({ block: 'center' });
          const name = `${tool.closest('[id^="p-"]')?.id ?? '?'} ${tool.className}`;
          const box = tool.getBoundingClientRect();
          if (Math.round(box.width) < 44 || Math.round(box.height) < 44)
            found.push(`${name}: ${box.width}×${box.height}`);
          const before = tool.previousElementSibling?.getBoundingClientRect();
          if (before && before.right > box.left + 0.5) found.push(`${name}: overlaps the tool before it`);
          if (box.right > innerWidth - 8) found.push(`${name}: ${innerWidth - box.right} px from the screen's edge`);
          // The mark is drawn at the target's foot, in the gap below the paragraph. A note mark just above
          // or below (ending the last line, starting the next block) keeps its own target over the tool's:
          // the two share the space between them.
          const hit = document.elementFromPoint(box.left + box.width / 2, box.bottom - 8);
          if (hit !== tool && !hit?.matches('[data-footnote-ref], [data-translator-note-ref]'))
            found.push(`${name}: a tap on its mark reaches ${hit?.tagName ?? 'nothing'}`);
        }
        // And the other way round: a link of the text under a tool's target (a theme link ending the last
        // line) is reached where it is drawn, not the tool: a tap on 算力军备竞赛 once started ▶ (listen).
        for (const tool of document.querySelectorAll<HTMLElement>('.para-tools > :is(a, button)')) {
          tool.scrollIntoView({ block: 'center' });
          const box = tool.getBoundingClientRect();
          const name = `${tool.closest('[id^="p-"]')?.id ?? '?'} ${tool.className || tool.localName}`;
          for (const link of tool.closest('p, li')?.querySelectorAll('a:not(.para-tools > a)') ?? []) {
            for (const r of link.getClientRects()) {
              const left = Math.max(r.left, box.left);
              const right = Math.min(r.right, box.right);
              const top = Math.max(r.top, box.top);
              const bottom = Math.min(r.bottom, box.bottom);
              if (right - left < 2 || bottom - top < 2) continue;
              overlaps += 1;
              if (!link.contains(document.elementFromPoint((left + right) / 2, (top + bottom) / 2)))
                found.push(`${name}: a tap on the link "${link.textContent}" under it reaches the tool`);
            }
          }
        }
        return { problems: found, checked: overlaps };
      });
      expect(problems).toEqual([]);
      // The reader's case (a theme link ending #p-21's last line, under ▶ and 拼) is among those measured.
      if (path === '/zh-hans/articles/good-bubble-ai-leverage/') expect(checked).toBeGreaterThan(0);
    });
  }
});
