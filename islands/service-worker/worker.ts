/**
 * The service worker (built by scripts/postbuild/service-worker.ts into `/sw.js`, with the precache list
 * defined as `__PRECACHE__`). Written by hand, not Workbox's precaching module: Workbox precaches its
 * whole list when the worker installs, and this site keeps files per edition, on request (after a first
 * visit the reader's edition; "全部离线保存" everything), and must say which editions are completely kept.
 * The list itself, with content-hashed revisions, is workbox-build's (getManifest). See docs/decisions.md,
 * "Offline reading".
 *
 * - Files are kept in one cache under `url?__rev=<revision>` (lib/offline/precache.ts, cacheKey), served
 *   cache first; a file not kept yet is fetched and kept on the way.
 * - A group is "saved" only when every one of its files is in the cache at this build's revision: the
 *   record is the cache itself, so an interrupted save is never reported as saved.
 * - A new worker refreshes the groups the reader keeps while it installs, then waits: the page asks it to
 *   take over when the reader follows a link (islands/lazy/offline.ts), never in the middle of a page.
 */
import { cacheKey, entriesOf, type Precache, type PrecacheEntry, type PrecacheGroup } from '@/lib/offline/precache';
import type { PageMessage, SaveFailure, WorkerMessage } from './protocol';

declare const __PRECACHE__: Precache;

// The few service worker types used here (the DOM library has no ServiceWorkerGlobalScope, and the
// webworker library cannot be loaded beside it in one program).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: PageMessage;
  readonly source: { postMessage(message: WorkerMessage): void } | null;
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const precache = __PRECACHE__;
const cacheName = 'reader-files';
const byUrl = new Map(precache.entries.map((entry) => [entry.url, entry]));
const groups = [...new Set(precache.entries.map((entry) => entry.group))];

/** How many files download at once: enough to fill a connection, few enough not to crowd out a reader's page. */
const parallel = 4;

class SaveError extends Error {
  constructor(readonly reason: SaveFailure) {
    super(reason);
  }
}

async function openCache(): Promise<Cache> {
  try {
    return await caches.open(cacheName);
  } catch {
    // No Cache Storage (some private windows): nothing can be kept.
    throw new SaveError('storage');
  }
}

/** The keys in the cache, as `url?__rev=…`. */
async function keptKeys(cache: Cache): Promise<Set<string>> {
  const requests = await cache.keys();
  return new Set(
    requests.map((request) => {
      const url = new URL(request.url);
      return url.pathname + url.search;
    }),
  );
}

/** The groups every file of which is kept at this build's revision. */
async function completeGroups(): Promise<PrecacheGroup[]> {
  const kept = await keptKeys(await openCache());
  return groups.filter((group) => entriesOf(precache, [group]).every((entry) => kept.has(cacheKey(entry))));
}

async function keep(cache: Cache, entry: PrecacheEntry): Promise<void> {
  let response: Response;
  try {
    // `no-cache`: asked again of the server, so the HTTP cache never hands an older copy to a new revision.
    response = await fetch(entry.url, { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    throw new SaveError('network');
  }
  if (!response.ok || response.redirected) throw new SaveError('network');
  try {
    await cache.put(cacheKey(entry), response);
  } catch (error) {
    throw new SaveError(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'quota' : 'storage');
  }
}

/** Is there room for `bytes` more? Unknown (no estimate) counts as room: a full disk then fails on `put`. */
async function hasRoom(bytes: number): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota) return true;
  return estimate.quota - (estimate.usage ?? 0) > bytes * 1.1;
}

/** Keep every file of some groups not kept yet; `progress` is told as files arrive. */
async function save(wanted: PrecacheGroup[], progress: (done: number, total: number) => void): Promise<void> {
  const cache = await openCache();
  const kept = await keptKeys(cache);
  const missing = entriesOf(precache, wanted).filter((entry) => !kept.has(cacheKey(entry)));
  const total = missing.length;
  if (!(await hasRoom(missing.reduce((sum, entry) => sum + entry.size, 0)))) throw new SaveError('quota');
  let next = 0;
  let done = 0;
  let failed = false;
  progress(0, total);
  const lane = async () => {
    while (next < missing.length && !failed) {
      const entry = missing[next++]!;
      try {
        await keep(cache, entry);
      } catch (error) {
        // The other lanes stop too: no progress is reported after a failure.
        failed = true;
        throw error;
      }
      if (failed) return;
      done += 1;
      progress(done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, total) }, lane));
}

/** Groups the reader keeps (any file of theirs in the cache, at any revision): a new worker refreshes them. */
async function keptGroups(): Promise<PrecacheGroup[]> {
  const cache = await openCache();
  const keptUrls = new Set([...(await keptKeys(cache))].map((key) => key.split('?')[0]!));
  return groups.filter((group) => entriesOf(precache, [group]).some((entry) => keptUrls.has(entry.url)));
}

worker.addEventListener('install', (event) => {
  event.waitUntil(keptGroups().then((kept) => save(kept, () => {})));
});

worker.addEventListener('activate', (event) => {
  // Files of earlier builds go; then this worker serves every open page (the first visit's too).
  const current = new Set(precache.entries.map(cacheKey));
  event.waitUntil(
    openCache()
      .then(async (cache) => {
        for (const request of await cache.keys()) {
          const url = new URL(request.url);
          if (!current.has(url.pathname + url.search)) await cache.delete(request);
        }
      })
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  const entry = byUrl.get(url.pathname);
  if (!entry) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(cacheName);
      const hit = await cache.match(cacheKey(entry));
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && !response.redirected && request.mode !== 'no-cors')
        await cache.put(cacheKey(entry), response.clone()).catch(() => {});
      return response;
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const message = event.data;
  const reply = (answer: WorkerMessage) => event.source?.postMessage(answer);
  if (message.type === 'activate') {
    event.waitUntil(worker.skipWaiting());
  } else if (message.type === 'status') {
    event.waitUntil(
      completeGroups()
        .catch(() => [])
        .then((complete) => reply({ type: 'status', id: message.id, build: precache.build, complete })),
    );
  } else if (message.type === 'save') {
    const { id, groups: wanted } = message;
    let last = 0;
    const progress = (done: number, total: number) => {
      // At most every 100 ms, and the last file: a message per file would be hundreds.
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      reply({ type: 'progress', id, done, total });
    };
    event.waitUntil(
      save(wanted, progress)
        .then(completeGroups)
        .then((complete) => {
          // Reported saved only when the cache holds every file of every group asked for.
          if (wanted.every((group) => complete.includes(group))) reply({ type: 'saved', id, groups: wanted });
          else reply({ type: 'failed', id, reason: 'network', groups: wanted });
        })
        .catch((error: unknown) =>
          reply({ type: 'failed', id, reason: error instanceof SaveError ? error.reason : 'storage', groups: wanted }),
        ),
    );
  }
});
