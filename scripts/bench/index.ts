/** `npm run bench`: prints the benchmark tables. Needs a build (`npm run build`) for the bundle section. */
import { benchInteractions } from './interactions';
import { benchLedger } from './ledger';
import { benchPipeline } from './pipeline';
import { benchSearch } from './search';
import { benchTransfer } from './transfer';

console.log('# Benchmarks');
benchLedger(benchPipeline());
const bundleOk = benchTransfer();
const searchOk = await benchSearch();
const interactionsOk = await benchInteractions();
if (!bundleOk || !searchOk || !interactionsOk) {
  console.error('\nA target was missed.');
  process.exitCode = 1;
}
