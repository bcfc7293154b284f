import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file of a built site (through the `out` link) with the SHA-256 of its bytes, sorted by path. */
export function hashTree(dir: string): Record<string, string> {
  const files: [string, string][] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.push([path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]);
  }
  return Object.fromEntries(files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Paths whose bytes differ between two trees (or that only one has). */
export function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]).sort();
}

/** How many `index.html` pages a folder holds so far (0 when it does not exist yet). */
export function pageCount(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  } catch {
    return 0;
  }
}
