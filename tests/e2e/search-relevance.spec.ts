import { expect, test } from '@playwright/test';
import { judge, loadQueries, runQuery } from '../../scripts/lib/search-relevance';

const queries = loadQueries();
/** Queries per test: a search page's set in parts, so that four workers share the longest one. */
const part = 8;

// Every query of the set, run as a reader runs it: the first of a part by opening the search page with `?q=`,
// the next ones typed into its box (scripts/lib/search-relevance.ts); the count of the set
// (≥ 40, every edition) is checked in tests/site/search-relevance.test.ts.
for (const variant of [...new Set(queries.map((q) => q.page))]) {
  const set = queries.filter((q) => q.page === variant);
  for (let from = 0; from < set.length; from += part) {
    const slice = set.slice(from, from + part);
    test(`relevance set on /${variant}/search/, queries ${from + 1}–${from + slice.length}: every must-return found, every must-not absent`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const failures: string[] = [];
      for (const q of slice) {
        const { problems } = judge(q, await runQuery(page, baseURL!, q));
        if (problems.length > 0) failures.push(`${q.query}: ${problems.join('; ')}`);
      }
      expect(failures).toEqual([]);
    });
  }
}
