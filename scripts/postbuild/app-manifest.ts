/**
 * Post-build: the web app manifests (lib/offline/web-manifest.ts) and their icons, drawn from the site's
 * cover (lib/covers/app-icon.ts), into `<site>/icons/` and `<site>/[<edition>/]manifest.webmanifest`.
 * Before the service worker's step, which lists them for offline reading; beside the other post-build steps
 * (scripts/build.ts): it reads only the sources and writes only these files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderAppIcon } from '../../lib/covers/app-icon';
import { appIcons, iconsDir, webManifests } from '../../lib/offline/web-manifest';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/app-manifest.ts');
const started = performance.now();
mkdirSync(path.join(outDir, iconsDir), { recursive: true });
for (const icon of appIcons)
  writeFileSync(path.join(outDir, iconsDir, icon.file), await renderAppIcon(icon.size, icon.maskable));
const manifests = webManifests();
for (const { path: file, manifest } of manifests) {
  mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  writeFileSync(path.join(outDir, file), `${JSON.stringify(manifest, null, 2)}\n`);
}
console.log(
  `app manifest: ${manifests.length} manifests, ${appIcons.length} icons in ${Math.round(performance.now() - started)} ms`,
);
