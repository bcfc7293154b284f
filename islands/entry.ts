// The bundle's entry: a module script runs once the document is parsed, so every island is in the DOM.
import { lazyIsland } from './lazy-islands';
import { mountIslands } from './main';

mountIslands();

// A state to wait for instead of network silence (tests): every island mounted, and the browser idle once since.
const settled = () => {
  document.documentElement.dataset.islands = 'settled';
};
if ('requestIdleCallback' in window) requestIdleCallback(settled, { timeout: 2000 });
else setTimeout(settled, 0);

// Offline reading (islands/lazy/offline.ts): its module, the service worker and the edition's files are
// fetched after `load`, once the browser is idle, so a first visit's paint never waits for any of them.
if ('serviceWorker' in navigator) {
  const idle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(startOffline, { timeout: 5000 })
      : setTimeout(startOffline, 0);
  const startOffline = () => {
    lazyIsland('offline').then(
      (offline) => offline.startOffline(),
      (error: unknown) => console.error('offline reading did not start', error),
    );
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
