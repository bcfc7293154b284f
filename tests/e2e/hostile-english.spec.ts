import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Per-paragraph English copies a block of another page into the live one. Served a hostile English page
 * (same origin, so the fetch succeeds: tests/fixtures/hostile/english-page.html), the Chinese page gets
 * its text and nothing that runs, navigates, styles or submits (islands/paragraph-english.ts; the
 * sanitiser's own cases are in tests/unit/paragraph-english.test.ts).
 */
const slug = 'ai-resignation-letters';
const hostile = readFileSync(path.join(process.cwd(), 'tests/fixtures/hostile/english-page.html'), 'utf8');

test('a hostile English page brings text and checked links only', async ({ page }) => {
  await page.route(`**/en/articles/${slug}/`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostile }),
  );
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`/zh-hans/articles/${slug}/#p-12`);
  await page.evaluate(() => {
    const w = window as unknown as { violations: string[]; inserted: string[]; attributes: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.violations.push(event.violatedDirective));
    // Every element that enters the live document from now on: a refresh, base, script or frame can act only
    // from there (the hostile page's own <meta http-equiv="refresh"> acts in no parsed-only document).
    w.inserted = [];
    w.attributes = [];
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.attributeName) w.attributes.push(record.attributeName);
        for (const node of record.addedNodes)
          if (node instanceof Element)
            for (const el of [node, ...node.querySelectorAll('*')]) {
              w.inserted.push(el.localName);
              w.attributes.push(...el.getAttributeNames());
            }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const before = page.url();
  await page.locator('#p-12 a[data-para-english]').click();
  const shown = page.locator('#en-of-p-12');
  await expect(shown).toContainText('Plain words');
  // Nothing that can navigate, run or restyle ever entered the page, so no refresh can come later.
  const inserted = await page.evaluate(() => (window as unknown as { inserted: string[] }).inserted);
  expect(inserted.length).toBeGreaterThan(0);
  expect(
    inserted.filter((name) => /^(meta|base|script|iframe|frame|object|embed|link|style|form)$/.test(name)),
  ).toEqual([]);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  // No event handler entered the live page, on any element inserted or changed anywhere.
  const insertedAttributes = await page.evaluate(() => (window as unknown as { attributes: string[] }).attributes);
  expect(insertedAttributes.filter((name) => /^on/i.test(name))).toEqual([]);
  // Parsing the hostile page (DOMParser, under this page's policy) trips `base-uri` on its <base> elements and,
  // since Chromium 156, `script-src-attr` on its event handlers: the policy blocks them in the parsed document
  // (reported to the live one, so they cannot be told apart by target). No handler was inserted (above), so
  // those come from the parse; nothing copied into the page trips anything else.
  const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  expect(violations.filter((directive) => directive !== 'base-uri' && directive !== 'script-src-attr')).toEqual([]);
  const handlers = hostile.match(/\son[a-z]+=/g)?.length ?? 0;
  expect(violations.filter((directive) => directive === 'script-src-attr').length).toBeLessThanOrEqual(handlers);
  const tags = await shown.evaluate((box) => [...new Set([...box.querySelectorAll('*')].map((el) => el.localName))]);
  expect(tags.sort()).toEqual(['a', 'br', 'code', 'em', 'mark', 'span', 'strong', 'sup']);
  const attributes = await shown.evaluate((box) => [
    ...new Set([...box.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name))),
  ]);
  expect(attributes.sort()).toEqual(['class', 'data-footnote-ref', 'href', 'lang']);
  const hrefs = await shown.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['#fn-1', '/en/themes/involution/', 'https://example.org/source']);
  // The page still looks like itself: the hostile style did not hide it.
  await expect(page.locator('#p-13')).toBeVisible();
  // Nothing it named was fetched (stylesheet, object, embed, image).
  // (Whole names: the site's own stylesheet chunk is named by a hash, which may end in "x".)
  expect(requests.filter((url) => /evil\.example|\/x\.swf|\/nope\.png|\/x\.css/.test(url))).toEqual([]);
});
