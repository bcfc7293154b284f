/**
 * After `next build`: build the islands module (`islands/entry.ts`, esbuild, minified, content-hashed
 * into `<site>/_islands/`), then make every exported page load it instead of Next's client runtime
 * (lib/static-export/strip-runtime.ts). Pages that ask to keep the runtime (`data-keeps-runtime`: the
 * search page) keep it and get the islands module too. Fails the build on any page of an unexpected shape.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { islandsDir } from '@/lib/islands';
import { htmlFiles, isRscPayloadFile, urlPathOf } from '@/lib/static-export/pages';
import { OutputShapeError, stripRuntime } from '@/lib/static-export/strip-runtime';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/islands.ts');
const started = performance.now();
if (existsSync(path.join(outDir, islandsDir))) {
  console.error(`${outDir}/ was already processed by this step: run \`npm run build\` (next build first).`);
  process.exit(1);
}

const bundle = await build({
  entryPoints: ['islands/entry.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022', 'safari15'],
  write: false,
  alias: { '@': path.resolve('.') },
  legalComments: 'none',
  logLevel: 'warning',
});
const code = bundle.outputFiles[0]!.contents;
const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
const fileName = `islands.${hash}.js`;
const islandsSrc = `/${islandsDir}/${fileName}`;

// Every page is transformed in memory first: one page of an unexpected shape stops the build before any
// file is touched.
const results: { full: string; html: string; keepRuntime: boolean; saved: number }[] = [];
try {
  for (const file of htmlFiles(outDir)) {
    const full = path.join(outDir, file);
    const html = readFileSync(full, 'utf8');
    const result = stripRuntime(html, { file: full, islandsSrc });
    results.push({
      full,
      html: result.html,
      keepRuntime: result.keptRuntime,
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
let rscFiles = 0;
for (const { full, html, keepRuntime } of results) {
  writeFileSync(full, html);
  // The client router's payloads for a stripped page: nothing fetches them any more.
  if (keepRuntime || path.basename(full) !== 'index.html') continue;
  const dir = path.dirname(full);
  for (const name of readdirSync(dir).filter(isRscPayloadFile)) {
    rmSync(path.join(dir, name));
    rscFiles += 1;
  }
}
const stripped = results.filter((r) => !r.keepRuntime);
const kept = results.filter((r) => r.keepRuntime).map((r) => urlPathOf(path.relative(outDir, r.full)));
const removedBytes = stripped.reduce((total, r) => total + r.saved, 0);

console.log(
  `islands: ${islandsSrc} (${(code.length / 1024).toFixed(1)} KB); ${stripped.length} pages without Next's runtime (−${(removedBytes / 1024).toFixed(0)} KB of HTML, ${rscFiles} RSC payload files removed); runtime kept on ${kept.join(', ') || 'no page'} in ${Math.round(performance.now() - started)} ms`,
);
