import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders of `out/` that hold assets, not pages: Next's chunks, the islands module, the search index. */
const assetDirs = new Set(['_next', '_islands', 'pagefind']);

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

/** URL path a static host serves a page file at (`zh-hans/index.html` → `/zh-hans/`, `404.html` → `/404.html`). */
export function urlPathOf(file: string): string {
  const rel = `/${file}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/**
 * Next's RSC payloads beside a page, fetched only by its client router for client-side navigation
 * (`index.txt`, `__next.<segment>.txt`): unused once the page has no runtime.
 */
export const isRscPayloadFile = (name: string) => name === 'index.txt' || /^__next\..+\.txt$/.test(name);
