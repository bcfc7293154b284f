/**
 * Post-build: the service worker, `<site>/sw.js`, built from islands/service-worker/worker.ts with the
 * precache list of exactly the files this build serves (workbox-build's getManifest over the staging
 * folder: an MD5 revision per file), grouped per edition (lib/offline/precache.ts). After every step that
 * adds or changes a file the worker lists, before the headers (which give `sw.js` its rule) and the
 * precompression (which compresses it like every script).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { htmlFiles } from '../../lib/static-export/pages';
import { groupOf, precacheIgnores, precacheUrl, type Precache, type PrecacheEntry } from '../../lib/offline/precache';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/service-worker.ts');
const started = performance.now();
const workerFile = path.join(outDir, 'sw.js');
if (existsSync(workerFile)) {
  console.error(`${outDir}/sw.js exists: this step runs once per build (\`npm run build\`).`);
  process.exit(1);
}

// Next's client scripts are left out of the list (lib/offline/precache.ts): only while no page loads one.
for (const file of htmlFiles(outDir)) {
  const script = /\/_next\/static\/[^"'\s]+\.js/.exec(readFileSync(path.join(outDir, file), 'utf8'));
  if (script) throw new Error(`${file} loads ${script[0]}, which the service worker does not keep`);
}

const sizes = new Map<string, number>();
const { manifestEntries, warnings } = await getManifest({
  globDirectory: outDir,
  globPatterns: ['**/*'],
  globIgnores: [...precacheIgnores],
  // Every file, whatever its size: the largest (a Pagefind chunk, a font) must read offline too.
  maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
  manifestTransforms: [
    (entries) => ({
      manifest: entries.map((entry) => {
        const url = precacheUrl(entry.url);
        sizes.set(url, entry.size);
        return { ...entry, url };
      }),
      warnings: [],
    }),
  ],
});
if (warnings.length > 0) throw new Error(`workbox-build: ${warnings.join('; ')}`);

const entries: PrecacheEntry[] = (manifestEntries ?? [])
  .map((entry) => ({
    url: entry.url,
    revision: entry.revision ?? '',
    size: sizes.get(entry.url) ?? 0,
    group: groupOf(entry.url),
  }))
  .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
const build_ = createHash('sha256')
  .update(entries.map((e) => `${e.url} ${e.revision}`).join('\n'))
  .digest('hex')
  .slice(0, 12);
const precache: Precache = { build: build_, entries };

const bundle = await build({
  entryPoints: ['islands/service-worker/worker.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022', 'safari15'],
  write: false,
  alias: { '@': path.resolve('.') },
  legalComments: 'none',
  logLevel: 'warning',
  define: { __PRECACHE__: JSON.stringify(precache) },
});
writeFileSync(workerFile, bundle.outputFiles[0]!.contents);

const byGroup = new Map<string, number>();
for (const entry of entries) byGroup.set(entry.group, (byGroup.get(entry.group) ?? 0) + 1);
console.log(
  `service worker: /sw.js, build ${build_}, ${entries.length} files (${[...byGroup].map(([g, n]) => `${g} ${n}`).join(', ')}), ${(bundle.outputFiles[0]!.contents.length / 1024).toFixed(1)} KB in ${Math.round(performance.now() - started)} ms`,
);
