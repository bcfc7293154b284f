import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');

/** Source files of the app, with a `'use client'` directive. */
function clientModules(): string[] {
  const found: string[] = [];
  for (const dir of ['app', 'components', 'lib']) {
    for (const entry of readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (/^\s*(['"])use client\1/m.test(readFileSync(file, 'utf8'))) found.push(path.relative(root, file));
    }
  }
  return found.sort();
}

/**
 * Reading pages ship without React in the browser (the post-build step strips Next's runtime), so a client
 * component on one would render and then do nothing, silently. Interactive parts of reading pages are
 * islands (lib/islands.ts, islands/). Only the search page keeps the runtime (`data-keeps-runtime`), for its
 * panel. A new client component belongs on a page that keeps the runtime, and in this list.
 */
test('the only client components are the search page’s', () => {
  expect(clientModules()).toEqual(['components/search/search-panel.tsx']);
});
