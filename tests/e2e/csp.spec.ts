/**
 * The Content-Security-Policy in a browser, on both servers (projects desktop and nginx): using every
 * reader tool, search and 中英对照 raises no violation; an inline script the build did not write is
 * blocked by the page's policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { openSettings } from './helpers';

// Runs in the `desktop` project (npm run serve's server) and the `nginx` project; the `mobile` project
// only runs tests tagged @mobile, and headers do not depend on the device.

/** Record every `securitypolicyviolation` from the first script on, in every page the tab opens. */
async function listenForViolations(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  return async () => seen;
}

test('no violation while reading: settings, footnotes, the script switch, 中英对照, ¶, search', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await listenForViolations(page);

  await page.goto('/');
  await expect(page).toHaveURL(/\/(zh-hans|zh-hant|zh-hk|en)\/$/);
  await page.goto('/zh-hans/articles/ai-race-002/');
  // Reader settings: font size and theme.
  await openSettings(page);
  await page.locator('[data-font-control="larger"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 'l');
  await page.locator('[data-theme-option="dark"]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // A footnote popover.
  await page.locator('main a[data-footnote-ref]').nth(2).click();
  await expect(page.locator('[data-note-popover]')).toBeVisible();
  await page.keyboard.press('Escape');
  // ¶ copies the paragraph's link.
  await page.locator('.prose-zh p#p-3').hover();
  await page.locator('.prose-zh p#p-3 a[data-permalink]').click();
  await expect(page.locator('[data-permalink-status]')).not.toHaveText('');
  // The script switch.
  await page.locator('[data-variant-row] a[data-variant-switch="zh-hant"]').click();
  await expect(page).toHaveURL(/\/zh-hant\/articles\/ai-race-002\//);
  // 中英对照, then back.
  await page.locator('[data-about-essay] a[data-reading-mode="bilingual"]').click();
  await expect(page).toHaveURL(/\/bilingual\//);
  await page.locator('[data-about-essay] a[data-reading-mode="zh"]').click();
  await expect(page).not.toHaveURL(/\/bilingual\//);
  // Themes, the 404 page, search (Pagefind's WebAssembly and worker).
  await page.goto('/zh-hans/themes/');
  await page.goto('/zh-hans/no-such-page/');
  await expect(page.locator('body')).toContainText('404');
  await page.goto('/zh-hans/search/');
  await page.locator('main input[type="search"]').fill('内卷');
  await expect(page.locator('[data-search-status="done"]')).toBeVisible();
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  await page.goto('/en/articles/ai-race-002/');
  await openSettings(page);
  await page.locator('[data-theme-option="light"]').click();

  expect(await violations()).toEqual([]);
});

test('an inline script the build did not write is blocked by the page’s policy', async ({ page }) => {
  const violations = await listenForViolations(page);
  const essay = '/zh-hans/articles/ai-race-002/';
  // The page as the server sends it — its generated headers, CSP included — with one script added.
  await page.route(`**${essay}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</body>',
      '<script>document.documentElement.dataset.injected = "ran"</script></body>',
    );
    expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
    await route.fulfill({ response, body: html });
  });
  await page.goto(essay);
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  expect(await page.locator('html').getAttribute('data-injected')).toBeNull();
  expect((await violations()).join('\n')).toMatch(/script-src-elem blocked inline/);
  // The page's own inline scripts ran (the reader's settings are applied before first paint).
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
});
