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

/** `BENCH_ONLY=load` runs only the load section (the others need no other servers). */
const only = process.env.BENCH_ONLY;
console.log(smoke ? '# Benchmarks (smoke run: small sizes, one run each, timing targets not judged)' : '# Benchmarks');
if (!only) benchLedger(benchPipeline());
const bundleOk = only ? true : benchTransfer();
const searchOk = only ? true : await benchSearch();
const interactionsOk = only ? true : await benchInteractions();
const loadOk = !only || only === 'load' ? await benchLoad() : true;
if (!bundleOk || !searchOk || !interactionsOk || !loadOk) {
  console.error('\nA target was missed.');
  process.exitCode = 1;
}
