import { lazyIsland, loadedAtMount } from './lazy-islands';

/**
 * The search page's form (app/[variant]/search/page.tsx): its behaviour is a lazy island
 * (islands/lazy/search.ts), so the islands module every page loads carries only this mount.
 */
export function mountSearch(root: HTMLElement): void {
  lazyIsland(loadedAtMount.search).then(
    (search) => search.mountSearch(root),
    (error: unknown) => console.error('the search island failed to load', error),
  );
}
