'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PhraseOverride, ScriptConverter } from '@/lib/script/overrides';
import { pagefindBase, searchMetaKey } from '@/lib/search/config';
import { aligned, excerptPieces, resultMarks, type ExcerptPiece } from '@/lib/search/excerpt';
import type { QueryLocale } from '@/lib/search/query-script';
import { variantPath } from '@/lib/site';
import type { VariantId } from '@/lib/variants';

export interface SearchLabels {
  search: string;
  placeholder: string;
  hint: string;
  searching: string;
  /** With `{count}`. */
  results: string;
  noResults: string;
  showMore: string;
  failed: string;
}

interface SearchPanelProps {
  variant: VariantId;
  labels: SearchLabels;
  /** `content/dictionary/tw2s.tsv`, for the query converter. */
  phrases: readonly PhraseOverride[];
  /** The Traditional locale the page's script is written in (its queries are converted from it). */
  locale: QueryLocale;
}

/** The parts of Pagefind's browser API this page uses (pagefind.js ships no types). */
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  /** `slug` and, per script variant, `title_<id>`, `section_<id>`, `text_<id>` (see lib/search/records.ts). */
  meta: Partial<Record<string, string>>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

interface Hit {
  href: string;
  title: string;
  section: string;
  pieces: ExcerptPiece[];
  exact: boolean;
}

const pageSize = 20;

/** Load Pagefind and the query converter once, on first use (never on any other page). */
let engine: Promise<{ pagefind: Pagefind; toCanonical: ScriptConverter }> | undefined;
function loadEngine(phrases: readonly PhraseOverride[], locale: QueryLocale) {
  engine ??= (async () => {
    const url = `${pagefindBase}pagefind.js`;
    const [pagefind, toCanonical] = await Promise.all([
      import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>,
      import('@/lib/search/query-script').then(({ loadQueryConverter }) => loadQueryConverter(phrases, locale)),
    ]);
    await pagefind.options({ baseUrl: '/', excerptLength: 40 });
    return { pagefind, toCanonical };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** One result, in the reader's script, highlighted with offsets shared by both scripts. */
function toHit(data: PagefindResultData, query: string, variant: VariantId): Hit {
  const { marks, exact } = resultMarks(data.content, query, data.excerpt);
  // The paragraph in the reader's script; the canonical script's is the record's content itself.
  const text = data.meta[searchMetaKey('text', variant)] ?? data.content;
  const canHighlight = aligned(data.content, text);
  return {
    href: variantPath(variant, data.url.replace(/^\//, '')),
    title: data.meta[searchMetaKey('title', variant)] ?? '',
    section: data.meta[searchMetaKey('section', variant)] ?? '',
    pieces: excerptPieces(text, canHighlight ? marks : []),
    exact,
  };
}

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; hits: Hit[] } | { kind: 'failed' };

/**
 * Search across the essays in either script. The query is brought to canonical Simplified (the index's
 * script), Pagefind finds the paragraphs, and each result is shown and linked in the reader's script,
 * landing on the paragraph. The query lives in the URL (`?q=`), so a search can be shared or reloaded.
 */
export function SearchPanel({ variant, labels, phrases, locale }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [shown, setShown] = useState(pageSize);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  const run = async (raw: string) => {
    const ticket = ++latest.current;
    const trimmed = raw.trim();
    const url = new URL(window.location.href);
    if (trimmed) url.searchParams.set('q', trimmed);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!trimmed) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus((s) => (s.kind === 'done' ? s : { kind: 'searching' }));
    try {
      const { pagefind, toCanonical } = await loadEngine(phrases, locale);
      const canonical = toCanonical(trimmed);
      const found = await pagefind.search(canonical);
      const data = await Promise.all(found.results.map((r) => r.data()));
      if (ticket !== latest.current) return;
      const hits = data.map((d) => toHit(d, canonical, variant));
      // Paragraphs holding the query exactly come first (Pagefind's order otherwise).
      hits.sort((a, b) => Number(b.exact) - Number(a.exact));
      setShown(pageSize);
      setStatus({ kind: 'done', hits });
    } catch {
      if (ticket === latest.current) setStatus({ kind: 'failed' });
    }
  };

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    if (input.current) input.current.value = initial;
    // Reading the URL is a one-time sync with the outside world when the page opens.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(initial);
    if (initial) void run(initial);
    input.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening the page
  }, []);

  useEffect(() => {
    if (!query.trim()) return undefined;
    const timer = setTimeout(() => void run(query), 200);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `run` reads only refs and props
  }, [query]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(query);
  };

  return (
    <div className="ui">
      <form role="search" onSubmit={onSubmit} className="flex gap-2">
        <input
          ref={input}
          type="search"
          name="q"
          aria-label={labels.search}
          placeholder={labels.placeholder}
          onChange={(event) => {
            setQuery(event.target.value);
            if (!event.target.value.trim()) void run('');
          }}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-(--color-rule) bg-(--color-paper) px-3 py-2 text-base"
        />
        <button
          type="submit"
          className="min-h-11 rounded-md border border-(--color-rule) px-4 py-2 text-sm hover:border-(--color-accent)"
        >
          {labels.search}
        </button>
      </form>
      <p className="mt-2 text-sm text-(--color-muted)">{labels.hint}</p>
      <div aria-live="polite" className="mt-6 text-sm text-(--color-muted)" data-search-status={status.kind}>
        {status.kind === 'searching' ? labels.searching : null}
        {status.kind === 'failed' ? labels.failed : null}
        {status.kind === 'done'
          ? status.hits.length > 0
            ? labels.results.replace('{count}', String(status.hits.length))
            : labels.noResults
          : null}
      </div>
      {status.kind === 'done' && status.hits.length > 0 ? (
        <ol className="mt-4 space-y-5" data-search-results="">
          {status.hits.slice(0, shown).map((hit) => (
            <li key={hit.href}>
              <a href={hit.href} className="group block no-underline">
                <span className="block text-sm text-(--color-muted)">
                  {hit.title}
                  {hit.section ? ` · ${hit.section}` : ''}
                </span>
                <span
                  className="mt-1 block leading-relaxed text-(--color-ink) group-hover:text-(--color-accent)"
                  data-search-excerpt=""
                >
                  {hit.pieces.map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}
                </span>
              </a>
            </li>
          ))}
        </ol>
      ) : null}
      {status.kind === 'done' && status.hits.length > shown ? (
        <button
          type="button"
          data-search-more=""
          onClick={() => setShown((n) => n + pageSize)}
          className="mt-6 min-h-11 rounded-md border border-(--color-rule) px-4 py-2 text-sm hover:border-(--color-accent)"
        >
          {labels.showMore}
        </button>
      ) : null}
    </div>
  );
}
