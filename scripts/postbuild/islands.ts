/**
 * After `next build`: build the islands module (`islands/entry.ts`, esbuild, minified, content-hashed
 * into `out/_islands/`), then make every exported page load it instead of Next's client runtime
 * (lib/static-export/strip-runtime.ts). Pages that ask to keep the runtime (`data-keeps-runtime`: the
 * search page) keep it and get the islands module too. Fails the build on any page of an unexpected shape.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { islandsDir } from '@/lib/islands';
import { htmlFiles, isRscPayloadFile, urlPathOf } from '@/lib/static-export/pages';
import { keepsRuntime, OutputShapeError, stripRuntime } from '@/lib/static-export/strip-runtime';

const outDir = process.env.OUT_DIR ?? 'out';
const started = performance.now();

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
rmSync(path.join(outDir, islandsDir), { recursive: true, force: true });
mkdirSync(path.join(outDir, islandsDir), { recursive: true });
writeFileSync(path.join(outDir, islandsDir, fileName), code);
const islandsSrc = `/${islandsDir}/${fileName}`;

let stripped = 0;
let removedBytes = 0;
let rscFiles = 0;
const kept: string[] = [];
try {
  for (const file of htmlFiles(outDir)) {
    const full = path.join(outDir, file);
    const html = readFileSync(full, 'utf8');
    const keepRuntime = keepsRuntime(html);
    const result = stripRuntime(html, { file: full, islandsSrc, keepRuntime });
    writeFileSync(full, result.html);
    if (keepRuntime) {
      kept.push(urlPathOf(file));
      continue;
    }
    stripped += 1;
    removedBytes += html.length - result.html.length;
    // The client router's payloads for this page: nothing fetches them any more.
    const dir = path.dirname(full);
    if (path.basename(file) === 'index.html') {
      for (const name of readdirSync(dir).filter(isRscPayloadFile)) {
        rmSync(path.join(dir, name));
        rscFiles += 1;
      }
    }
  }
} catch (error) {
  if (error instanceof OutputShapeError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

console.log(
  `islands: ${islandsSrc} (${(code.length / 1024).toFixed(1)} KB); ${stripped} pages without Next's runtime (−${(removedBytes / 1024).toFixed(0)} KB of HTML, ${rscFiles} RSC payload files removed); runtime kept on ${kept.join(', ') || 'no page'} in ${Math.round(performance.now() - started)} ms`,
);
