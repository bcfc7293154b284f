/**
 * `npm run dev` without restarts: the site model is rebuilt when anything under the content folder changed
 * since it was built (newest modification time and file count), and an id ledger behind its essay is
 * reported once in the terminal rather than failing every page (the build refuses it).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../content/load';

function stamp(dir: string): string {
  let newest = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return `${files}:${newest}`;
}

let cached: { stamp: string; value: unknown } | undefined;

/** `make()`'s value, made again when the content changed. */
export function devSite<T>(make: () => T): T {
  const now = stamp(contentDir());
  if (cached?.stamp !== now) cached = { stamp: now, value: make() };
  return cached.value as T; // the only value ever stored is make()'s
}
