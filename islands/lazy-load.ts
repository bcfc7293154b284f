/**
 * Loading a lazy island's built file by name, once (`__LAZY_ISLANDS__`: name → URL, defined by the build,
 * scripts/postbuild/islands.ts). Untyped on purpose and apart from the typed table (islands/lazy-islands.ts):
 * a lazy island that loads another (the search island, the query converter) imports this, not the table
 * that names it, so no module imports itself through others.
 */
declare const __LAZY_ISLANDS__: Readonly<Record<string, string>> | undefined;

const loading = new Map<string, Promise<unknown>>();

/** Load a lazy island's module once; the caller names its type (the table does, for the islands module). */
export function loadLazyIsland<T>(name: string): Promise<T> {
  const url = typeof __LAZY_ISLANDS__ === 'undefined' ? undefined : __LAZY_ISLANDS__[name];
  if (!url) return Promise.reject(new Error(`lazy island "${name}" was not built`));
  let loaded = loading.get(name);
  if (!loaded) {
    loaded = import(/* @vite-ignore */ url);
    loading.set(name, loaded);
  }
  return loaded as Promise<T>;
}
