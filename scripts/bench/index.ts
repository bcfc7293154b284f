/** `npm run bench`: prints the benchmark tables. Needs a build (`npm run build`) for the bundle section. */
import { benchBundle } from './bundle';
import { benchPipeline } from './pipeline';
import { benchSearch } from './search';

console.log('# Benchmarks');
benchPipeline();
const bundleOk = benchBundle();
const searchOk = await benchSearch();
if (!bundleOk || !searchOk) {
  console.error('\nA bundle target was missed.');
  process.exitCode = 1;
}
