import { expect, test } from 'vitest';
import { loadQueries } from '../../scripts/lib/search-relevance';

const queries = loadQueries();

test('the relevance set has at least 40 queries, in every script and in English', () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
  expect(new Set(queries.map((q) => q.page))).toEqual(new Set(['zh-hans', 'zh-hant', 'zh-hk', 'en']));
});
