/**
 * Offline reading, the page's side (docs/decisions.md, "Offline reading"). Loaded after `load`, once the
 * browser is idle (islands/entry.ts), so it never competes with the first paint. It registers the service
 * worker (`/sw.js`), asks it to keep the reader's edition, shows "离线阅读中" while the browser is offline
 * and "有新版本…" when a newer worker waits, lets that worker take over only as the reader follows a link,
 * and runs the "全部离线保存" buttons.
 *
 * States for tests and styles, on `<html>`: `data-offline-edition` (saving | saved | failed),
 * `data-offline-build` (the controlling worker's build), `data-offline-update` (ready),
 * `data-offline-reading` (online | offline).
 * The strings are the edition's own (lib/i18n/catalogue/offline.ts), bundled here rather than in every page.
 */
import { allGroups, editionGroups, editionOf, type PrecacheGroup } from '@/lib/offline/precache';
import { offlineLabels } from '@/lib/i18n/catalogue/offline';
import type { OfflineLabels } from '@/lib/i18n/types';
import { variantIds } from '@/lib/site/variants';
import type { PageMessage, SaveFailure, WorkerMessage } from '../service-worker/protocol';

const root = document.documentElement;
let counter = 0;
const nextId = () => `${Date.now().toString(36)}-${(counter += 1)}`;

/** The page's edition's strings (the front page, in both scripts, takes the canonical one's). */
function strings(): OfflineLabels {
  return offlineLabels[editionOf(location.pathname) ?? variantIds[0]!];
}

type Listener = (message: WorkerMessage) => void;
const listeners = new Map<string, Listener>();

/** Ask the active worker; `listener` hears every answer to this request. */
function ask(worker: ServiceWorker, message: Extract<PageMessage, { id: string }>, listener: Listener): void {
  listeners.set(message.id, listener);
  worker.postMessage(message);
}

/** A quiet notice at the bottom of the screen (offline, or a newer version); one element per kind. */
function notice(kind: 'offline' | 'update', text: string | undefined, show: boolean): void {
  let element = document.querySelector<HTMLElement>(`[data-offline-notice="${kind}"]`);
  if (!show || !text) {
    element?.remove();
    return;
  }
  if (!element) {
    element = document.createElement('p');
    element.dataset.offlineNotice = kind;
    element.setAttribute('role', 'status');
    element.className = 'offline-notice ui';
    // Inside a landmark (fixed on screen either way), so assistive technology finds it with the page's content.
    (document.querySelector('main') ?? document.body).append(element);
  }
  element.textContent = text;
}

/**
 * Is the site reachable? `navigator.onLine` says only whether there is a network at all (true on a LAN
 * with no way out, and under some emulation), so the page asks the server for the worker's script, which
 * the worker never answers from its cache: no answer means the page was read from what is kept.
 */
async function reachable(): Promise<boolean> {
  if (!navigator.onLine) return false;
  try {
    await fetch('/sw.js', { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

function watchConnection(): void {
  const update = () =>
    void reachable().then((online) => {
      root.dataset.offlineReading = online ? 'online' : 'offline';
      notice('offline', strings().offlineNow, !online);
    });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

/** A newer worker waits: say so, and let it take over when the reader follows a link on this site. */
function watchUpdates(registration: ServiceWorkerRegistration): void {
  const ready = () => {
    if (!registration.waiting || !navigator.serviceWorker.controller) return;
    root.dataset.offlineUpdate = 'ready';
    notice('update', strings().updateReady, true);
  };
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') ready();
    });
  });
  ready();
  document.addEventListener('click', (event) => {
    const waiting = registration.waiting;
    if (!waiting || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
    if (link.pathname === location.pathname && link.hash) return;
    // The page stays as it is until the reader leaves it: the new worker takes over, then the link is followed.
    event.preventDefault();
    const go = () => location.assign(link.href);
    const timer = setTimeout(go, 2000);
    navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => {
        clearTimeout(timer);
        go();
      },
      { once: true },
    );
    waiting.postMessage({ type: 'activate' } satisfies PageMessage);
  });
}

/** The reader's edition, in the background once the worker is active; `data-offline-edition` follows it. */
function keepEdition(worker: ServiceWorker): void {
  const edition = editionOf(location.pathname);
  const groups: PrecacheGroup[] = edition ? editionGroups(edition) : ['shared'];
  root.dataset.offlineEdition = 'saving';
  ask(worker, { type: 'save', id: nextId(), groups }, (message) => {
    if (message.type === 'saved') root.dataset.offlineEdition = 'saved';
    else if (message.type === 'failed') root.dataset.offlineEdition = 'failed';
  });
  ask(worker, { type: 'status', id: nextId() }, (message) => {
    if (message.type === 'status') root.dataset.offlineBuild = message.build;
  });
}

const failureText = (reason: SaveFailure) =>
  ({ quota: strings().failedQuota, storage: strings().failedStorage, network: strings().failedNetwork })[reason];

/** A "全部离线保存" block: its button saves every group, its status line says how far, and how it ended. */
function mountSave(block: HTMLElement, registration: ServiceWorkerRegistration): void {
  const button = block.querySelector<HTMLButtonElement>('button');
  const status = block.querySelector<HTMLElement>('[data-offline-save-status]');
  if (!button || !status) return;
  block.hidden = false;
  block.closest<HTMLElement>('[data-offline-section]')?.removeAttribute('hidden');
  const say = (state: string, text: string | undefined) => {
    block.dataset.state = state;
    status.textContent = text ?? '';
  };
  button.addEventListener('click', () => {
    const worker = registration.active;
    if (!worker) return say('failed', failureText('storage'));
    button.disabled = true;
    say('saving', strings().saving.replace('{percent}', '0'));
    let ended = false;
    ask(worker, { type: 'save', id: nextId(), groups: [...allGroups] }, (message) => {
      if (ended) return;
      if (message.type === 'saved' || message.type === 'failed') ended = true;
      if (message.type === 'progress') {
        const percent = message.total === 0 ? 100 : Math.floor((message.done / message.total) * 100);
        say('saving', strings().saving.replace('{percent}', String(percent)));
      } else if (message.type === 'saved') {
        button.disabled = false;
        say('saved', strings().saved);
      } else if (message.type === 'failed') {
        button.disabled = false;
        say('failed', failureText(message.reason));
      }
    });
  });
}

/** Start offline reading on this page (islands/entry.ts calls this once, after `load`). */
export async function startOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    listeners.get(event.data.id)?.(event.data);
  });
  navigator.serviceWorker.startMessages();
  let registration: ServiceWorkerRegistration | undefined;
  try {
    // `updateViaCache: 'none'`: the browser asks the server for the worker's script on every check.
    registration = await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
  } catch {
    return; // No worker (a private window may refuse one): the site reads as before, online.
  }
  // A registration refused without an error (Playwright's `serviceWorkers: 'block'` resolves to nothing).
  if (!registration) return;
  watchConnection();
  watchUpdates(registration);
  const active = (await navigator.serviceWorker.ready).active;
  if (!active) return;
  for (const block of document.querySelectorAll<HTMLElement>('[data-offline-save]')) mountSave(block, registration);
  keepEdition(active);
}
