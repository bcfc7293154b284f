/**
 * Post-build: render every share image (lib/covers/share-images.ts) to `<site>/share/…png`, 1200 × 630, with
 * satori and resvg-wasm and the fonts from npm (no network, no system fonts). The pages already name these
 * files in their Open Graph and Twitter metadata (lib/views/seo.ts), from the same list. Runs beside the other
 * post-build steps (scripts/build.ts): it reads only the sources and writes only `share/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderShareImage } from '../../lib/covers/share-image';
import { shareImages } from '../../lib/covers/share-images';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/share-images.ts');
const started = performance.now();
let bytes = 0;
let largest = { path: '', size: 0 };
for (const image of shareImages()) {
  const png = await renderShareImage(image.cover);
  const file = path.join(outDir, image.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, png);
  bytes += png.length;
  if (png.length > largest.size) largest = { path: image.path, size: png.length };
}
console.log(
  `share images: ${shareImages().length} × 1200×630 PNG → ${outDir}/share (${Math.round(bytes / 1024)} KB; largest ${largest.path} ${Math.round(largest.size / 1024)} KB) in ${Math.round(performance.now() - started)} ms`,
);
