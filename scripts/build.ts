/**
 * `npm run build`: make the whole site in a staging folder, check it, and only then publish it as `out`.
 *
 *   content check → next build (export into `.builds/<stamp>.partial`) → side by side: islands → EPUB books,
 *   and readings, vocabulary, search index, share images, app manifest → service worker → headers →
 *   precompress → verify → rename to `.builds/<stamp>` → `out` links to it (one rename).
 *
 * A build that fails, is stopped or is killed leaves `out` as it was; what it left in `.builds/` is
 * removed by the next build. Only the published build and the one before it are kept (a server may be
 * answering from the old one at the moment of the switch). See docs/decisions.md.
 */
import { renameSync, rmSync } from 'node:fs';
import {
  completeFolder,
  lockBuilds,
  publish,
  publishedBuild,
  removeBuilds,
  siteLink,
  stagingFolder,
} from './build/builds-folder';
import { deployUrlProblem } from './build/deploy-url';
import { runStep, runTogether, stopOnSignals, stopping } from './build/run-step';
import { verifySite } from './build/verify-site';

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

const deployProblem = deployUrlProblem(process.env);
if (deployProblem) {
  console.error(`✗ ${deployProblem}`);
  process.exit(1);
}

let unlock: () => void;
try {
  unlock = lockBuilds();
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const stale = removeBuilds([publishedBuild()]);
if (stale.length > 0) console.log(`removed ${stale.length} earlier unfinished or replaced builds: ${stale.join(', ')}`);
const staging = stagingFolder();

/** Remove the staging folder and the lock (what is left after a kill, the next build removes). */
const abandon = () => {
  try {
    rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
  } finally {
    unlock();
  }
};
stopOnSignals('build', `${siteLink} is unchanged`, abandon);

let check: ReturnType<typeof verifySite>;
try {
  await runStep('content check', 'tsx', ['scripts/check-content.ts']);
  await runStep('next build', 'next', ['build'], { NEXT_EXPORT_DIR: staging, NEXT_TELEMETRY_DISABLED: '1' });
  // Side by side, each step a process of its own (on two cores the seven steps took 28 s, one after another 43 s):
  // the steps that read only the sources and add files of their own, and, in order, the two that rewrite pages.
  const shareImages = runStep('share images', 'tsx', ['scripts/postbuild/share-images.ts', staging]);
  await runTogether([
    async () => {
      await runStep('islands', 'tsx', ['scripts/postbuild/islands.ts', staging]);
      // The books are made from the pages as islands left them, with the share images as covers; before
      // the headers and the precompression, which must see them.
      await shareImages;
      await runStep('epub', 'tsx', ['scripts/postbuild/epub.ts', staging]);
    },
    () => shareImages,
    () => runStep('readings', 'tsx', ['scripts/postbuild/readings.ts', staging]),
    () => runStep('vocabulary', 'tsx', ['scripts/postbuild/vocabulary.ts', staging]),
    () => runStep('search index', 'tsx', ['scripts/search-index.ts', staging]),
    () => runStep('app manifest', 'tsx', ['scripts/postbuild/app-manifest.ts', staging]),
  ]);
  // After every step that adds a file it lists, before the headers and the precompression (it is served like them).
  await runStep('service worker', 'tsx', ['scripts/postbuild/service-worker.ts', staging]);
  // After the last step that changes a page: the headers hash each page's inline scripts.
  await runStep('headers', 'tsx', ['scripts/postbuild/headers.ts', staging]);
  await runStep('precompress', 'tsx', ['scripts/postbuild/precompress.ts', staging]);

  console.log(`\n▸ verify ${staging}`);
  check = verifySite(staging);
  if (check.problems.length > 0) throw new Error(`the build is incomplete:\n  ${check.problems.join('\n  ')}`);
} catch (error) {
  // A step that ended because the build is being stopped: stopOnSignals cleans up, says so and exits.
  if (stopping()) await new Promise(() => {});
  abandon();
  console.error(
    `\n✗ ${error instanceof Error ? error.message : String(error)}\n${siteLink} is unchanged (${seconds()}).`,
  );
  process.exit(1);
}
console.log(
  `✓ ${check.pages} sitemap pages and /404.html, islands on every page that has them, ${check.shareImages} share images, ${check.books} EPUB books, ${check.indexed} search records = ${check.paragraphs} essay paragraphs`,
);

const build = completeFolder(staging);
renameSync(staging, build);
const previous = publish(build);
removeBuilds([build, previous]);
unlock();
console.log(
  `\n✓ published ${siteLink} → ${build} in ${seconds()}${previous ? ` (the previous build stays at ${previous} until the next build)` : ''}`,
);
