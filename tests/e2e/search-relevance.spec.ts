import { expect, test } from '@playwright/test';
import { judge, loadQueries, runQuery } from '../../scripts/lib/search-relevance';

const queries = loadQueries();

// Grouped per page, so each worker runs a few dozen queries in one browser page.
for (const variant of [...new Set(queries.map((q) => q.page))]) {
  test(`relevance set on /${variant}/search/: every must-return found, every must-not absent`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    for (const q of queries.filter((x) => x.page === variant)) {
      const { problems } = judge(q, await runQuery(page, baseURL!, q));
      if (problems.length > 0) failures.push(`${q.query}: ${problems.join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
}
