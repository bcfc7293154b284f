import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders of `out/` that hold assets, not pages: Next's chunks, the islands module, the search index. */
/**
 * Top-level folders of files that are not pages. Not walked: besides saving the time, the post-build steps that
 * write them run while islands and EPUB list the pages (scripts/build.ts).
 */
const assetDirs = new Set(['_next', '_islands', 'pagefind', 'pagefind-en', 'share', 'icons']);

/** Every exported HTML page under `outDir`, as paths relative to it (`zh-hans/index.html`, `404.html`). */
export function htmlFiles(outDir: string): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(outDir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!(rel === '' && assetDirs.has(entry.name))) walk(child);
      } else if (entry.name.endsWith('.html')) files.push(child);
    }
  };
  walk('');
  return files.sort();
}

/*
 * The one URL ↔ file mapping of the static site, as every static host applies it (a folder's page is its
 * `index.html`): the build's checks, the header rules, the local server and the tests all ask here.
 */

/** A site path's page path: a folder's `index.html` is the folder (`/zh-hans/index.html` → `/zh-hans/`). */
export function pagePathOf(sitePath: string): string {
  return sitePath.endsWith('/index.html') ? sitePath.slice(0, -'index.html'.length) : sitePath;
}

/** URL path a static host serves a page file at (`zh-hans/index.html` → `/zh-hans/`, `404.html` → `/404.html`). */
export function urlPathOf(file: string): string {
  return pagePathOf(`/${file}`);
}

/** The file a URL path names, relative to the site (`/a/?q=1#p-2` → `a/index.html`): decoded, without query or hash. */
export function fileOf(urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!).replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** The file in `dir` a static host serves for a URL path, if there is one (a file, not a folder). */
export function servedFile(dir: string, urlPath: string): string | undefined {
  const file = path.join(dir, fileOf(urlPath));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Next's RSC payloads beside a page, fetched only by its client router for client-side navigation
 * (`index.txt`, `__next.<segment>.txt`): unused once the page has no runtime.
 */
export const isRscPayloadFile = (name: string) => name === 'index.txt' || /^__next\..+\.txt$/.test(name);
