/** `npm run bench`: prints the benchmark tables. Needs a build (`npm run build`) for the bundle section. */
import { benchBundle } from './bundle';
import { benchPipeline } from './pipeline';

console.log('# Benchmarks');
benchPipeline();
const bundleOk = benchBundle();
if (!bundleOk) {
  console.error('\nA bundle target was missed.');
  process.exitCode = 1;
}
