import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rule sets the suite asks axe for: WCAG 2.2 A and AA, and axe's best practices. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe over `page`, as every spec runs it (then `.withTags`, `.include`, … as the spec needs). The same rules
 * over the same nodes, a violation found and reported as before, in a third of the time (the longest essay:
 * 5.1–5.4 s → 1.7–1.8 s a run, measured in tests/e2e with Chromium 156):
 *
 * - `setLegacyMode`: one `axe.run` from the page. The default runs axe separately in every frame, then opens
 *   a blank page and injects axe there a second time to merge the frames' results. Legacy mode still reaches
 *   same-origin frames but skips cross-origin ones; the site's pages have no frame at all, so the helper
 *   insists on that (a page that gained one fails here, and the choice can be made again).
 * - `resultTypes: ['violations']`: passes and incomplete results keep one node each. After its rules axe
 *   writes a unique selector for every node of every result: on a long essay, thousands of passing nodes
 *   that no test reads.
 *
 * A later `.options({…})` on the builder replaces these options: add to them instead.
 */
export function axe(page: Page): AxeBuilder {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  const analyze = builder.analyze.bind(builder);
  builder.analyze = async () => {
    expect(
      page.frames().map((f) => f.url()),
      'frames on the page (axe.ts: legacy mode skips cross-origin ones)',
    ).toHaveLength(1);
    return analyze();
  };
  return builder;
}

/** axe's violations as lines a failed test prints: rule, help and the nodes' selectors. */
export const violationLines = (results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] =>
  results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
