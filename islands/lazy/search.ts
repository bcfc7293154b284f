/**
 * The search page's behaviour (loaded by the `search` island, islands/search.ts, on the search page only):
 * the server rendered the form, the status line and an empty results area; this runs the search
 * (lib/search/engine.ts) as the reader types (200 ms after the last key, or at once on Enter), keeps the
 * query in the URL (`?q=`, so a search can be shared or reloaded), and draws the results by hand: no
 * framework. Its data (labels, the converter's phrases, themes …) is the page's JSON data block, read
 * through lib/search/page-config.ts. Pagefind is imported at run time from the index's folder; the query
 * converter is a lazy island of its own, fetched only when a query has Chinese characters.
 */
import { loadLazyIsland } from '../lazy-load';
import type * as queryScript from './query-script';
import type { ScriptConverter } from '@/lib/script/overrides';
import { searchIndexes, searchLanguageOf, searchLanguages, type SearchLanguage } from '@/lib/search/config';
import { pageSize, totalHits, visibleHits, type Pagefind, type SearchOutcome } from '@/lib/search/engine';
import { parseSearchConfig, searchConfigAttribute, type SearchConfig } from '@/lib/search/page-config';
import { searchRunner } from '@/lib/search/runner';
import { getVariant, isVariantId } from '@/lib/site/variants';

/** Each index's Pagefind, loaded once, on first use. */
const engines = new Map<SearchLanguage, Promise<Pagefind>>();
function loadIndex(language: SearchLanguage): Promise<Pagefind> {
  let engine = engines.get(language);
  if (!engine) {
    const url = `${searchIndexes[language].base}pagefind.js`;
    engine = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ baseUrl: '/', excerptLength: 0 });
      return pagefind;
    });
    engine.catch(() => engines.delete(language));
    engines.set(language, engine);
  }
  return engine;
}

/** The query converter, loaded the first time a query has Chinese characters. */
function converterLoader({ phrases, locale }: SearchConfig): () => Promise<ScriptConverter> {
  let converter: Promise<ScriptConverter> | undefined;
  return () => {
    // By name, not through the typed table (islands/lazy-islands.ts names this island: a cycle).
    converter ??= loadLazyIsland<typeof queryScript>('query-script').then(({ loadQueryConverter }) =>
      loadQueryConverter(phrases, locale),
    );
    converter.catch(() => {
      converter = undefined;
    });
    return converter;
  };
}

/** `document.createElement` with a class and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

// A function replacement: `$&` or `$'` in a query are text, not patterns.
const fill = (text: string, query: string) => text.replace('{query}', () => query);

const chip =
  'inline-flex min-h-11 items-center rounded-full border border-(--color-rule) px-3 no-underline hover:border-(--color-accent)';
const button = 'mt-6 min-h-11 rounded-md border border-(--color-rule) px-4 py-2 text-sm hover:border-(--color-accent)';

function emptyState(config: SearchConfig, outcome: SearchOutcome): HTMLElement {
  const { labels } = config;
  const box = el('div', 'mt-4 text-sm', el('p', 'text-(--color-muted)', labels.tryThemes));
  box.dataset.searchEmpty = '';
  const themes = el('ul', 'mt-2 flex flex-wrap gap-2');
  for (const theme of config.themes) {
    const link = el('a', chip, theme.name);
    link.href = theme.href;
    themes.append(el('li', '', link));
  }
  box.append(themes);
  if (outcome.searched.length < searchLanguages.length) {
    const other = el(
      'a',
      'inline-flex min-h-11 items-center text-(--color-accent) underline underline-offset-4',
      fill(labels.tryOther, outcome.query),
    );
    other.href = `${config.otherSearch}?q=${encodeURIComponent(outcome.query)}`;
    other.dataset.searchOther = '';
    box.append(el('p', 'mt-4', other));
  }
  return box;
}

/** The results shown (`shown` of them, in order across the groups), and "show more" when there are more. */
function resultList(config: SearchConfig, outcome: SearchOutcome, shown: number, own: SearchLanguage): Node[] {
  const nodes: Node[] = [];
  for (const { group, hits } of visibleHits(outcome.groups, shown)) {
    const section = el('section', 'mt-4');
    section.dataset.searchGroup = group.language;
    if (group.partial) section.dataset.searchPartial = '';
    const heading = group.partial
      ? fill(config.labels.partial, outcome.query)
      : group.language !== own
        ? config.labels.otherLanguage[group.language]
        : undefined;
    if (heading) section.append(el('h2', 'mt-8 mb-3 text-base font-bold', heading));
    const list = el('ol', 'space-y-5');
    list.dataset.searchResults = '';
    for (const hit of hits) {
      const excerpt = el(
        'span',
        'mt-1 block leading-relaxed text-(--color-ink) group-hover:text-(--color-accent)',
        ...hit.pieces.map((piece) => (piece.mark ? el('mark', '', piece.text) : piece.text)),
      );
      excerpt.dataset.searchExcerpt = '';
      const link = el(
        'a',
        'group block no-underline',
        el('span', 'block text-sm text-(--color-muted)', hit.section ? `${hit.title} · ${hit.section}` : hit.title),
        excerpt,
      );
      link.href = hit.href;
      const item = el('li', '', link);
      item.lang = hit.lang;
      list.append(item);
    }
    section.append(list);
    nodes.push(section);
  }
  return nodes;
}

export function mountSearch(root: HTMLElement): void {
  const data = root.querySelector(`script[${searchConfigAttribute}]`);
  const config = parseSearchConfig(data?.textContent ?? '');
  if (!isVariantId(config.variant)) throw new Error(`search config: unknown variant ${config.variant}`);
  const variant = config.variant;
  const own = searchLanguageOf(getVariant(variant));
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const output = root.querySelector<HTMLElement>('[data-search-output]');
  if (!form || !input || !status || !output) throw new Error('search: the page has no form, status or results area');
  let outcome: SearchOutcome | undefined;
  let shown = pageSize;
  // Written only when it changes: the status is `aria-live`, and "show more" must not announce it again.
  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };
  const draw = () => {
    const { labels } = config;
    const state = status.dataset.searchStatus;
    if (state === 'done' && outcome) {
      const total = totalHits(outcome.groups);
      status.dataset.searchQuery = outcome.query;
      say(total > 0 ? labels.results.replace('{count}', String(total)) : fill(labels.noResults, outcome.query));
      const nodes: Node[] = total === 0 ? [emptyState(config, outcome)] : resultList(config, outcome, shown, own);
      if (total > shown) {
        const more = el('button', button, labels.showMore);
        more.type = 'button';
        more.dataset.searchMore = '';
        more.addEventListener('click', () => {
          shown += pageSize;
          draw();
        });
        nodes.push(more);
      }
      output.replaceChildren(...nodes);
      return;
    }
    delete status.dataset.searchQuery;
    say(state === 'searching' ? labels.searching : state === 'failed' ? labels.failed : '');
    output.replaceChildren();
  };

  const run = searchRunner(
    { variant, loadIndex, converter: converterLoader(config) },
    {
      onQuery: (query) => {
        const url = new URL(window.location.href);
        if (query) url.searchParams.set('q', query);
        else url.searchParams.delete('q');
        window.history.replaceState(null, '', url);
      },
      onState: (state) => {
        if (state.kind === 'failed') console.error('search failed', state.error);
        outcome = state.kind === 'done' ? state.outcome : undefined;
        shown = pageSize;
        status.dataset.searchStatus = state.kind;
        draw();
      },
    },
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    if (!input.value.trim()) void run('');
    else timer = setTimeout(() => void run(input.value), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });

  // The island arrives after the page: what the reader has already typed wins over the URL's `?q=`.
  if (!input.value.trim()) input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  if (input.value.trim()) void run(input.value);
  if (document.activeElement === document.body || document.activeElement === null) input.focus();
}
