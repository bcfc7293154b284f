/**
 * After `next build`: build the islands module (`islands/entry.ts`, esbuild, minified, content-hashed
 * into `<site>/_islands/`), then make every exported page load it instead of Next's client runtime
 * (lib/static-export/strip-runtime.ts): no page keeps it. Fails the build on any page of an unexpected shape.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { islandsDir } from '@/lib/browser/islands';
import { lazyIslandNames } from '@/islands/lazy-islands';
import { fromCanonicalRegion, isPin, loadRegionalTable } from '@/lib/regional/terms';
import { htmlFiles, isRscPayloadFile } from '@/lib/static-export/pages';
import { OutputShapeError, stripRuntime } from '@/lib/static-export/strip-runtime';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/islands.ts');
const started = performance.now();
if (existsSync(path.join(outDir, islandsDir))) {
  console.error(`${outDir}/ was already processed by this step: run \`npm run build\` (next build first).`);
  process.exit(1);
}

/** The regional table as the wording popover shows it (`virtual:regional-terms`): every form of every term. */
function regionalTermsPlugin(): Plugin {
  const table = loadRegionalTable();
  const terms = table.terms
    .filter((t) => !isPin(t))
    .map((t) => ({
      cn: t.cn,
      tw: t.tw ?? fromCanonicalRegion('tw')(t.cn),
      hk: t.hk ?? fromCanonicalRegion('hk')(t.cn),
      en: t.en,
    }));
  return {
    name: 'regional-terms',
    setup(b) {
      b.onResolve({ filter: /^virtual:regional-terms$/ }, (args) => ({ path: args.path, namespace: 'regional' }));
      b.onLoad({ filter: /.*/, namespace: 'regional' }, () => ({ contents: JSON.stringify(terms), loader: 'json' }));
    },
  };
}

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022', 'safari15'],
  write: false,
  alias: { '@': path.resolve('.') },
  legalComments: 'none',
  logLevel: 'warning',
} as const satisfies BuildOptions;

const hashed = (code: Uint8Array) => createHash('sha256').update(code).digest('hex').slice(0, 12);

// Islands loaded on first use (islands/lazy-islands.ts): each its own self-contained file, built first so
// that the main module can be told their content-hashed names. In order: each is told the names of those
// built before it (the search island loads the query converter), so a hash still covers what a file loads.
const lazyFiles: { name: string; code: Uint8Array }[] = [];
const lazyUrls: Record<string, string> = {};
for (const name of lazyIslandNames) {
  const lazy = await build({
    ...common,
    entryPoints: [`islands/lazy/${name}.ts`],
    plugins: [regionalTermsPlugin()],
    define: { __LAZY_ISLANDS__: JSON.stringify(lazyUrls) },
  });
  const lazyCode = lazy.outputFiles[0]!.contents;
  const file = `${name}.${hashed(lazyCode)}.js`;
  lazyFiles.push({ name: file, code: lazyCode });
  lazyUrls[name] = `/${islandsDir}/${file}`;
}

const bundle = await build({
  ...common,
  entryPoints: ['islands/entry.ts'],
  define: { __LAZY_ISLANDS__: JSON.stringify(lazyUrls) },
});
const code = bundle.outputFiles[0]!.contents;
const hash = hashed(code);
const fileName = `islands.${hash}.js`;
const islandsSrc = `/${islandsDir}/${fileName}`;

// Every page is transformed in memory first: one page of an unexpected shape stops the build before any
// file is touched.
const results: { full: string; html: string; saved: number }[] = [];
try {
  for (const file of htmlFiles(outDir)) {
    const full = path.join(outDir, file);
    const html = readFileSync(full, 'utf8');
    const result = stripRuntime(html, { file: full, islandsSrc });
    results.push({
      full,
      html: result.html,
      saved: Buffer.byteLength(html) - Buffer.byteLength(result.html),
    });
  }
} catch (error) {
  if (error instanceof OutputShapeError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

mkdirSync(path.join(outDir, islandsDir), { recursive: true });
writeFileSync(path.join(outDir, islandsDir, fileName), code);
for (const lazy of lazyFiles) writeFileSync(path.join(outDir, islandsDir, lazy.name), lazy.code);
let rscFiles = 0;
for (const { full, html } of results) {
  writeFileSync(full, html);
  // The client router's payloads for a stripped page: nothing fetches them any more.
  if (path.basename(full) !== 'index.html') continue;
  const dir = path.dirname(full);
  for (const name of readdirSync(dir).filter(isRscPayloadFile)) {
    rmSync(path.join(dir, name));
    rscFiles += 1;
  }
}
const removedBytes = results.reduce((total, r) => total + r.saved, 0);

console.log(
  `islands: ${islandsSrc} (${(code.length / 1024).toFixed(1)} KB; on first use: ${lazyFiles.map((f) => `${f.name} ${(f.code.length / 1024).toFixed(1)} KB`).join(', ')}); ${results.length} pages without Next's runtime (−${(removedBytes / 1024).toFixed(0)} KB of HTML, ${rscFiles} RSC payload files removed) in ${Math.round(performance.now() - started)} ms`,
);
