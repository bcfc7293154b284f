/**
 * Islands loaded on first use: layers a reader turns on (the regional wording's popover …) are built into
 * their own files (scripts/postbuild/islands.ts) and fetched the first time they are needed, so a first
 * visit loads none of them (the search page's own behaviour is one too: only that page loads it). The build
 * defines `__LAZY_ISLANDS__` (name → URL of the content-hashed file; loaded by islands/lazy-load.ts).
 */
import type { IslandName } from '@/lib/browser/islands';
import type * as listen from './lazy/listen';
import type * as offline from './lazy/offline';
import type * as paragraphCopy from './lazy/paragraph-copy';
import type * as queryScript from './lazy/query-script';
import type * as readings from './lazy/readings';
import type * as search from './lazy/search';
import type * as vertical from './lazy/vertical';
import type * as wordingPopover from './lazy/wording-popover';
import type * as words from './lazy/words';
import { loadLazyIsland } from './lazy-load';

/** The modules, by name: the type of each (a type-only import: its code is not bundled here). */
export interface LazyIslands {
  'wording-popover': typeof wordingPopover;
  'query-script': typeof queryScript;
  search: typeof search;
  listen: typeof listen;
  readings: typeof readings;
  words: typeof words;
  vertical: typeof vertical;
  offline: typeof offline;
  'paragraph-copy': typeof paragraphCopy;
}

/**
 * In build order: each lazy island is built as one self-contained file, and is told (`__LAZY_ISLANDS__`)
 * the URLs of the ones built before it, so a lazy island can load another on demand (the search island
 * loads the query converter only for a Chinese query). Chosen over esbuild's code splitting: every file
 * stays one request with nothing shared to keep in step, and the transfer bench can weigh each alone.
 */
export const lazyIslandNames = [
  'wording-popover',
  'query-script',
  'search',
  'listen',
  // Before the readings layer, which loads it on a tap.
  'words',
  'readings',
  'vertical',
  'offline',
  'paragraph-copy',
] as const satisfies readonly (keyof LazyIslands)[];

/**
 * Lazy islands that a page's island loads as soon as it mounts (the search page's behaviour), keyed by that
 * island's name: part of that page's first visit, and weighed so by the transfer bench (scripts/bench/transfer.ts).
 */
export const loadedAtMount = { search: 'search' } as const satisfies Partial<Record<IslandName, keyof LazyIslands>>;

/** Load a lazy island's module once. */
export function lazyIsland<K extends keyof LazyIslands>(name: K): Promise<LazyIslands[K]> {
  return loadLazyIsland<LazyIslands[K]>(name);
}
