/**
 * The messages between a page (islands/lazy/offline.ts) and the service worker (./worker.ts), typed once.
 * A save is asked for by group; the worker answers the page that asked with its progress and its outcome.
 */
import type { PrecacheGroup } from '@/lib/offline/precache';

/** Why a save stopped: storage full (quota), no storage at all (a private window), a file not downloaded. */
export type SaveFailure = 'quota' | 'storage' | 'network';

export type PageMessage =
  | { type: 'save'; id: string; groups: PrecacheGroup[] }
  | { type: 'status'; id: string }
  /** To a waiting worker: take over now (the page is about to navigate). */
  | { type: 'activate' };

export type WorkerMessage =
  | { type: 'progress'; id: string; done: number; total: number }
  | { type: 'saved'; id: string; groups: PrecacheGroup[] }
  | { type: 'failed'; id: string; reason: SaveFailure; groups: PrecacheGroup[] }
  /** `complete`: the groups whose every file is kept, for this worker's build. */
  | { type: 'status'; id: string; build: string; complete: PrecacheGroup[] };
