/**
 * `npm run bench`: prints the benchmark tables. Needs a build (`npm run build`) for every section but the
 * content pipeline. `npm run bench:smoke` (`--smoke`, ./mode.ts): every section small and once, for `npm test`.
 */
import { benchInteractions } from './interactions';
import { benchLedger } from './ledger';
import { benchLoad } from './load';
import { benchPipeline } from './pipeline';
import { benchSearch } from './search';
import { smoke } from './mode';
import { benchTransfer } from './transfer';

/**
 * `BENCH_ONLY=load` runs only the load section; a comma-separated list picks several
 * (`scale`: content pipeline, scale run and id ledger; `transfer`, `search`, `interactions`, `load`).
 */
const sections = ['scale', 'transfer', 'search', 'interactions', 'load'] as const;
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(sections as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) throw new Error(`BENCH_ONLY: no section ${unknown.join(', ')} (${sections.join(', ')})`);
const runs = (section: (typeof sections)[number]) => !only || only.includes(section);
console.log(smoke ? '# Benchmarks (smoke run: small sizes, one run each, timing targets not judged)' : '# Benchmarks');
/** Runs a section when chosen, and says how long it took (a slow section is what makes the smoke run slow). */
async function section<T>(name: (typeof sections)[number], run: () => T | Promise<T>, skipped: T): Promise<T> {
  if (!runs(name)) return skipped;
  const started = performance.now();
  const result = await run();
  console.log(`\n(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}
await section('scale', () => benchLedger(benchPipeline()), undefined);
const bundleOk = await section('transfer', () => benchTransfer(), true);
const searchOk = await section('search', benchSearch, true);
const interactionsOk = await section('interactions', benchInteractions, true);
const loadOk = await section('load', benchLoad, true);
if (!bundleOk || !searchOk || !interactionsOk || !loadOk) {
  console.error('\nA target was missed.');
  process.exitCode = 1;
}
