import { expect, type Page } from '@playwright/test';

// The site's facts, shared with the tests over the built HTML (tests/site).
export { slugs, variantIds, variantLangs, type VariantId } from '../site/site-facts';

/** Collect console errors and failed requests; call the returned function at the end of a test. */
export function watchForErrors(page: Page): () => void {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The offline island's worker, refused by playwright.config.ts's `serviceWorkers: 'block'`: the harness's note.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Next's router aborts its own speculative fetches on purpose; anything else is a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return () => expect(problems).toEqual([]);
}

/** Open the header's "Aa" reading settings. */
export async function openSettings(page: Page): Promise<void> {
  const details = page.locator('[data-site-header] details.reader-settings');
  if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
  await expect(page.locator('[data-settings-panel]')).toBeVisible();
}

/**
 * Wait until the page has settled: every island mounted and the browser idle once since (islands/entry.ts
 * sets `data-islands="settled"`). Used where a test asks what a page loads by itself, instead of waiting for
 * the network to fall silent.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('html[data-islands="settled"]')).toHaveCount(1);
  // And idle once more from now, after what the test itself did (a fetch that starts on input is made by then).
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}

/** A page's template: its URL path with the slug taken out (`/en/articles/*\/bilingual/`, `/zh-hk/themes/*\/`). */
const templateOf = (urlPath: string): string => urlPath.replace(/\/(articles|themes)\/[^/]+\//, '/$1/*/');

/** The first page of each template among `pages`, in their order. */
export const onePerTemplate = (pages: readonly string[]): string[] =>
  pages.filter((p, i) => pages.findIndex((q) => templateOf(q) === templateOf(p)) === i);
