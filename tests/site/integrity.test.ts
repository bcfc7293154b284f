import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages, fileFor, idsOf, referencesOf } from './built-site';
import { slugs, variantIds } from './site-facts';

// These checks read `out/` directly: no browser needed.
const pages = builtPages();

test('the build has every expected page', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  // Every essay in every edition, and its 中英对照 in every script (counted from content/, not a fixed number).
  for (const variant of [...variantIds, 'en'])
    for (const slug of slugs) expect(pages).toContain(`/${variant}/articles/${slug}/`);
  for (const variant of variantIds)
    for (const slug of slugs) expect(pages).toContain(`/${variant}/articles/${slug}/bilingual/`);
  // And its vocabulary in every Chinese edition (issue 32; tests/site/vocabulary.test.ts checks its files).
  for (const variant of variantIds)
    for (const slug of slugs) expect(pages).toContain(`/${variant}/articles/${slug}/vocabulary/`);
});

test('every internal link and #anchor in out/ resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const { tag, url } of referencesOf(page)) {
      if (/^(https?:|mailto:|data:)/.test(url)) continue;
      checked += 1;
      const target = new URL(url, `http://site${page}`);
      const targetPage = url.startsWith('#') ? page : target.pathname;
      if (!fileFor(targetPage)) {
        broken.push(`${page}: <${tag}> ${url} → no file`);
        continue;
      }
      // A text directive (`#p-3:~:text=…`) is not part of the id (theme-arrival.spec.ts checks it matches).
      const anchor = decodeURIComponent(target.hash.slice(1).split(':~:')[0]!);
      if (anchor && targetPage.endsWith('/') && !idsOf(targetPage).has(anchor)) {
        broken.push(`${page}: <${tag}> ${url} → no #${anchor}`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});

test('every built page is valid HTML (html-validate)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Next.js writes these; they are valid HTML but not in the recommended style.
      'no-inline-style': 'off',
      'void-style': 'off',
      'attribute-boolean-style': 'off',
      'attribute-empty-style': 'off',
      // Next emits <script> for its RSC payload inline; that is the framework, not content.
      'no-implicit-close': 'off',
      // Long Chinese sentences in one line are fine.
      'long-title': 'off',
      // HTML attribute names are case-insensitive; React and Next write hrefLang, charSet, noModule.
      'attr-case': 'off',
      // HTML5 ids may start with any character (React's useId gives `_R_`); still no whitespace.
      'valid-id': ['error', { relaxed: true }],
    },
  });
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(fileFor(page)!, 'utf8'), page);
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});
