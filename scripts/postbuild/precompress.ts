/**
 * Last step before verification: a `.br` and a `.gz` beside every compressible file of the site
 * (lib/static-export/precompress.ts), so that servers send them as they are instead of compressing each
 * response again. The config files for the hosts are not part of the site and are left alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteFiles } from '@/lib/headers/site-rules';
import { compressible, encodings, precompress } from '@/lib/static-export/precompress';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/precompress.ts');
const started = performance.now();
let files = 0;
let before = 0;
let after = 0;
for (const urlPath of siteFiles(outDir).filter((f) => compressible.test(f))) {
  const file = path.join(outDir, urlPath);
  const content = readFileSync(file);
  const copies = precompress(content);
  for (const { name, suffix } of encodings) {
    const copy = copies[name];
    if (copy) writeFileSync(`${file}${suffix}`, copy);
  }
  files += 1;
  before += content.length;
  after += copies.br?.length ?? content.length;
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `✓ precompressed ${files} files (${kb(before)} → ${kb(after)} brotli) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
