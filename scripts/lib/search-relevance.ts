/**
 * The search relevance set (tests/fixtures/search/queries.yaml), run on the built site's search pages in a
 * real browser: by tests/e2e/search-relevance.spec.ts (every query must pass) and `npm run bench`
 * (precision and recall over the set).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { z } from 'zod';

const result = z.string().regex(/^(zh|en):[a-z0-9-]+#p-\d+$/, 'a result is zh:<slug>#p-N or en:<slug>#p-N');

const querySchema = z.strictObject({
  query: z.string().min(1),
  page: z.string().min(1),
  note: z.string().optional(),
  must: z.array(result).default([]),
  mustNot: z.array(result).default([]),
  only: z.boolean().default(false),
  partial: z.boolean().default(false),
  empty: z.boolean().default(false),
});
export type RelevanceQuery = z.infer<typeof querySchema>;

export const queriesFile = path.join(process.cwd(), 'tests/fixtures/search/queries.yaml');

export function loadQueries(file = queriesFile): RelevanceQuery[] {
  return z.array(querySchema).parse(parse(readFileSync(file, 'utf8')));
}

export interface Found {
  /** Every result, `zh:<slug>#p-N` / `en:…`, in the order shown. */
  readonly results: string[];
  /** Whether the results were shown as partial matches. */
  readonly partial: boolean;
  /** Whether the empty state (themes, the other language) was shown. */
  readonly empty: boolean;
}

/**
 * Run the query on the search page of `q.page` and read every result, showing them all: the page opened with
 * `?q=`, or, when the page is already that search page, the query typed into its box and submitted.
 */
export async function runQuery(page: Page, origin: string, q: RelevanceQuery): Promise<Found> {
  const searchPage = `${origin}/${q.page}/search/`;
  const here = new URL(page.url());
  if (`${here.origin}${here.pathname}` === searchPage) {
    // Already on this edition's search page (the query before): the next query is typed into its box and
    // submitted, as a reader searches again; Pagefind and its loaded chunks are kept, as for that reader.
    const box = page.locator('main input[type="search"]');
    await box.fill(q.query);
    await box.press('Enter');
  } else await page.goto(`${searchPage}?q=${encodeURIComponent(q.query)}`);
  const status = page.locator(`[data-search-status="done"][data-search-query="${q.query.replace(/"/g, '\\"')}"]`);
  await status.waitFor({ timeout: 20_000 });
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) await more.click();
  const results = await page.locator('[data-search-group] li a').evaluateAll((links) =>
    links.map((a) => {
      const group = a.closest('[data-search-group]')!.getAttribute('data-search-group');
      const url = new URL((a as HTMLAnchorElement).href);
      return `${group}:${url.pathname.split('/').filter(Boolean).at(-1)}${url.hash}`;
    }),
  );
  return {
    results,
    partial: (await page.locator('[data-search-partial]').count()) > 0,
    empty: (await page.locator('[data-search-empty]').count()) > 0,
  };
}

export interface Judgement {
  readonly problems: string[];
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

/** What a query's results got right and wrong against its expectations. */
export function judge(q: RelevanceQuery, found: Found): Judgement {
  const problems: string[] = [];
  const got = new Set(found.results);
  const missing = q.must.filter((r) => !got.has(r));
  const wrong = [
    ...q.mustNot.filter((r) => got.has(r)),
    ...(q.only || q.empty ? found.results.filter((r) => !q.must.includes(r) && !q.mustNot.includes(r)) : []),
  ];
  if (missing.length > 0) problems.push(`missing ${missing.join(', ')}`);
  if (wrong.length > 0) problems.push(`should not return ${wrong.join(', ')}`);
  if (found.results.length !== got.size) problems.push('a paragraph is listed twice');
  if (q.partial !== found.partial) problems.push(q.partial ? 'not labelled as partial' : 'labelled as partial');
  if (q.empty !== found.empty) problems.push(q.empty ? 'no empty state' : 'shows the empty state');
  return {
    problems,
    truePositives: q.must.length - missing.length,
    falsePositives: wrong.length,
    falseNegatives: missing.length,
  };
}
