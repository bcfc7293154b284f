/**
 * What the service worker can keep for offline reading, and in which group (docs/decisions.md, "Offline
 * reading"). Pure: the build computes the list from the staging folder (scripts/postbuild/service-worker.ts,
 * with workbox-build's getManifest), the worker and the tests read the groups from here.
 *
 * Groups: each edition's pages (`/zh-hans/…`, its 中英对照, themes, About, search page, manifest) is one
 * group; what every edition needs (the islands, the styles, the fonts, the icons, `/` and the 404 page) is
 * `shared`; the search indexes (Pagefind's files) are `search`. After a first visit the worker keeps the
 * reader's edition and `shared`; "全部离线保存" keeps every group.
 */
import { searchIndexes } from '../search/config';
import { variantIds, type VariantId } from '../site/variants';

export type PrecacheGroup = VariantId | 'shared' | 'search';

/** One file the worker can keep: its URL path (a page as its folder, `/zh-hans/about/`), its content hash. */
export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string;
  readonly size: number;
  readonly group: PrecacheGroup;
}

/** The list the worker is built with: `build` changes whenever one file's revision does. */
export interface Precache {
  readonly build: string;
  readonly entries: readonly PrecacheEntry[];
}

/**
 * Files in the site folder the worker never keeps (glob patterns, as workbox-build takes them): the
 * precompressed copies (the browser gets the decoded body either way), the hosts' config, the share images
 * (for link previews, not for reading), the EPUB books and the vocabularies' TSV and CSV (downloads of their
 * own), the feeds and sitemap
 * (for machines), the worker itself, Next's copies of the 404 page, which the headers step removes
 * (scripts/postbuild/headers.ts) after this list is made, and Next's client scripts, which no page loads
 * (scripts/postbuild/islands.ts strips them; the service worker step fails the build if one does).
 */
export const precacheIgnores: readonly string[] = [
  '**/*.br',
  '**/*.gz',
  '**/*.epub',
  '**/*-vocabulary.tsv',
  '**/*-vocabulary.csv',
  '**/*.map',
  '_headers',
  'vercel.json',
  '_nginx/**',
  'share/**',
  '**/feed.xml',
  'sitemap.xml',
  'robots.txt',
  'sw.js',
  '404/**',
  '_not-found/**',
  '_next/static/**/*.js',
];

const searchBases = Object.values(searchIndexes).map((index) => index.base);

/** The group of a URL path. */
export function groupOf(url: string): PrecacheGroup {
  if (searchBases.some((base) => url.startsWith(base))) return 'search';
  const first = url.split('/')[1] ?? '';
  return (variantIds as readonly string[]).includes(first) ? (first as VariantId) : 'shared';
}

/** A site file's URL as readers request it: a folder's `index.html` is the folder (`zh-hans/index.html` → `/zh-hans/`). */
export function precacheUrl(file: string): string {
  const url = `/${file.replace(/^\/+/, '')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** The groups a reader of `edition` keeps after a first visit. */
export const editionGroups = (edition: VariantId): PrecacheGroup[] => [edition, 'shared'];

/** Every group: what "全部离线保存" keeps. */
export const allGroups: readonly PrecacheGroup[] = [...variantIds, 'shared', 'search'];

/** The entries of some groups. */
export function entriesOf(precache: Precache, groups: readonly PrecacheGroup[]): PrecacheEntry[] {
  const wanted = new Set(groups);
  return precache.entries.filter((entry) => wanted.has(entry.group));
}

/**
 * The key a file is kept under: its URL with its revision, so two builds' copies of a file can sit in one
 * cache while a new worker waits, and a changed file is never mistaken for the one kept before.
 */
export const cacheKey = (entry: Pick<PrecacheEntry, 'url' | 'revision'>) =>
  `${entry.url}?__rev=${encodeURIComponent(entry.revision)}`;

/** The edition of a page's URL path, if it is in one (`/zh-hk/articles/x/` → `zh-hk`). */
export function editionOf(url: string): VariantId | undefined {
  const group = groupOf(url);
  return group === 'shared' || group === 'search' ? undefined : group;
}
