/**
 * The order of searches on the search page, apart from the DOM so it can be tested: the debounce, Enter
 * and the page's opening can all ask for the same query (it runs once), an older search may answer after a
 * newer one (its answer is dropped), and a failed query may be asked again. The island
 * (islands/lazy/search.ts) draws each state it is told and keeps the URL in step.
 */
import { searchAll, type SearchDeps, type SearchOutcome } from './engine';

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; outcome: SearchOutcome }
  | { kind: 'failed'; error: unknown };

export interface SearchRunnerHooks {
  /** A new query is run (its trimmed text, empty to clear): the island writes it into the URL. */
  onQuery(query: string): void;
  /** The state to show. `searching` is told once, and not while earlier results are shown (no flash between keys). */
  onState(state: SearchState): void;
}

/** Returns `run(query)`: resolves once that query's state has been shown, or dropped as stale. */
export function searchRunner(deps: SearchDeps, { onQuery, onState }: SearchRunnerHooks) {
  let latest = 0;
  let lastRun: string | undefined;
  let shown: SearchState['kind'] = 'idle';
  const show = (state: SearchState) => {
    shown = state.kind;
    onState(state);
  };
  return async function run(raw: string): Promise<void> {
    const query = raw.trim();
    if (query === lastRun) return;
    lastRun = query;
    const ticket = ++latest;
    onQuery(query);
    if (!query) {
      show({ kind: 'idle' });
      return;
    }
    if (shown === 'idle' || shown === 'failed') show({ kind: 'searching' });
    try {
      const outcome = await searchAll(query, deps);
      if (ticket === latest) show({ kind: 'done', outcome });
    } catch (error) {
      if (ticket !== latest) return;
      lastRun = undefined;
      show({ kind: 'failed', error });
    }
  };
}
