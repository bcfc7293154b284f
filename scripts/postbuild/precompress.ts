/**
 * Last step before verification: a `.br` and a `.gz` beside every compressible file of the site
 * (lib/static-export/precompress.ts), so that servers send them as they are instead of compressing each
 * response again. The config files for the hosts are not part of the site and are left alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { siteFiles } from '@/lib/headers/site-rules';
import { compressible, encodings, precompress } from '@/lib/static-export/precompress';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/precompress.ts');
const started = performance.now();
let files = 0;
let before = 0;
let after = 0;
const queue = siteFiles(outDir).filter((f) => compressible.test(f));
/** One file at a time per core: zlib's work runs on the thread pool (up to four), both encodings of a file at once. */
async function worker(): Promise<void> {
  for (let urlPath = queue.shift(); urlPath !== undefined; urlPath = queue.shift()) {
    const file = path.join(outDir, urlPath);
    const content = await readFile(file);
    const copies = await precompress(content);
    for (const { name, suffix } of encodings) {
      const copy = copies[name];
      if (copy) await writeFile(`${file}${suffix}`, copy);
    }
    files += 1;
    before += content.length;
    after += copies.br?.length ?? content.length;
  }
}
await Promise.all(Array.from({ length: availableParallelism() }, worker));
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `✓ precompressed ${files} files (${kb(before)} → ${kb(after)} brotli) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
