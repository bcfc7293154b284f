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
 * islands (lib/browser/islands.ts, islands/), the search page's included: no page keeps the runtime, so there is no
 * place for a client component.
 */
test('there are no client components', () => {
  expect(clientModules()).toEqual([]);
});
