'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PhraseOverride, ScriptConverter } from '@/lib/script/overrides';
import {
  searchIndexes,
  searchLanguageOf,
  searchLanguages,
  searchMetaKey,
  type SearchLanguage,
} from '@/lib/search/config';
import { aligned, excerptPieces, type ExcerptPiece } from '@/lib/search/excerpt';
import { chineseNames } from '@/lib/search/latin-names';
import { hasHan, hasLatin, queryTerms } from '@/lib/search/match';
import type { QueryLocale } from '@/lib/search/query-script';
import { rankResults } from '@/lib/search/rank';
import { variantPath } from '@/lib/site';
import { canonicalVariant, getVariant, translationVariant, type VariantId } from '@/lib/variants';

export interface SearchLabels {
  search: string;
  placeholder: string;
  hint: string;
  searching: string;
  /** With `{count}`. */
  results: string;
  /** With `{query}`. */
  noResults: string;
  showMore: string;
  failed: string;
  /** With `{query}`. */
  partial: string;
  otherLanguage: Record<SearchLanguage, string>;
  tryThemes: string;
  /** With `{query}`. */
  tryOther: string;
}

interface SearchPanelProps {
  variant: VariantId;
  labels: SearchLabels;
  /** `content/dictionary/tw2s.tsv` (or `hk2s`), for the query converter. */
  phrases: readonly PhraseOverride[];
  /** The Traditional locale the page's script is written in (its queries are converted from it). */
  locale: QueryLocale;
  /** Themes to suggest when nothing is found. */
  themes: readonly { href: string; name: string }[];
  /** The search page of the other language, for the empty state. */
  otherSearch: string;
}

/** The parts of Pagefind's browser API this page uses (pagefind.js ships no types). */
interface PagefindResultData {
  url: string;
  content: string;
  /** `slug` and, per variant, `title_<id>`, `section_<id>`, `text_<id>` (see lib/search/records.ts). */
  meta: Partial<Record<string, string>>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

interface Hit {
  key: string;
  href: string;
  title: string;
  section: string;
  pieces: ExcerptPiece[];
  lang: string;
}

interface Group {
  language: SearchLanguage;
  /** Only partial matches (a Chinese term present only in its words): shown under their own heading. */
  partial: boolean;
  hits: Hit[];
}

const pageSize = 20;

/** Each index's Pagefind, loaded once, on first use (never on any other page). */
const engines = new Map<SearchLanguage, Promise<Pagefind>>();
function loadIndex(language: SearchLanguage): Promise<Pagefind> {
  let engine = engines.get(language);
  if (!engine) {
    const url = `${searchIndexes[language].base}pagefind.js`;
    engine = (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>).then(
      async (pagefind) => {
        await pagefind.options({ baseUrl: '/', excerptLength: 0 });
        return pagefind;
      },
    );
    engine.catch(() => engines.delete(language));
    engines.set(language, engine);
  }
  return engine;
}

/** The query converter to canonical Simplified, loaded only when a query has Chinese characters. */
let converter: Promise<ScriptConverter> | undefined;
function loadConverter(phrases: readonly PhraseOverride[], locale: QueryLocale) {
  converter ??= import('@/lib/search/query-script').then(({ loadQueryConverter }) =>
    loadQueryConverter(phrases, locale),
  );
  converter.catch(() => {
    converter = undefined;
  });
  return converter;
}

/** Which indexes a query searches: the page's own, and the other one when the query is written in its script. */
function languagesFor(query: string, own: SearchLanguage): SearchLanguage[] {
  const writtenIn: Record<SearchLanguage, (q: string) => boolean> = { zh: hasHan, en: hasLatin };
  return [own, ...searchLanguages.filter((l) => l !== own && writtenIn[l](query))];
}

/** The variant an index's text is in: the translation, or canonical Simplified for the Chinese one. */
const indexedVariant = (language: SearchLanguage): VariantId =>
  language === searchLanguageOf(translationVariant) ? translationVariant.id : canonicalVariant.id;

/** Results of one index: only paragraphs that contain the query (lib/search/rank.ts), shown in `shownIn`. */
async function searchIndex(language: SearchLanguage, query: string, shownIn: VariantId): Promise<Group> {
  const pagefind = await loadIndex(language);
  const found = await pagefind.search(query);
  const data = await Promise.all(found.results.map((r) => r.data()));
  // Ranked on the index's own title and section (the script the query was brought to), shown in `shownIn`'s.
  const indexed = indexedVariant(language);
  const candidates = data.map((d) => ({
    data: d,
    content: d.content,
    title: d.meta[searchMetaKey('title', indexed)] ?? '',
    section: d.meta[searchMetaKey('section', indexed)] ?? '',
  }));
  const { exact, partial } = rankResults(candidates, queryTerms(query));
  const chosen = exact.length > 0 ? exact : partial;
  const lang = getVariant(shownIn).lang;
  return {
    language,
    partial: exact.length === 0 && partial.length > 0,
    hits: chosen.map(({ item, match }) => {
      // The paragraph in the reader's script; the index's own text is the record's content.
      const text = item.data.meta[searchMetaKey('text', shownIn)] ?? item.content;
      return {
        key: `${language}:${item.data.url}`,
        href: variantPath(shownIn, item.data.url.replace(/^\//, '')),
        title: item.data.meta[searchMetaKey('title', shownIn)] ?? '',
        section: item.data.meta[searchMetaKey('section', shownIn)] ?? '',
        pieces: excerptPieces(text, aligned(item.content, text) ? match.ranges : [], 90, language),
        lang,
      };
    }),
  };
}

type Status =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; query: string; groups: Group[]; searched: SearchLanguage[] }
  | { kind: 'failed' };

/**
 * Search the essays: the page's own language, and the other one when the query is written in its script
 * (Chinese typed on an English page, English on a Chinese one). A Chinese query is brought to canonical
 * Simplified (the Chinese index's script); each result is shown and linked in the reader's script, landing
 * on the paragraph. The query lives in the URL (`?q=`), so a search can be shared or reloaded.
 */
export function SearchPanel({ variant, labels, phrases, locale, themes, otherSearch }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [shown, setShown] = useState(pageSize);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const lastRun = useRef<string | undefined>(undefined);
  const own = searchLanguageOf(getVariant(variant));
  // Results of the other language are shown in its first variant (the English, or Simplified Chinese).
  const shownIn = (language: SearchLanguage): VariantId => (language === own ? variant : indexedVariant(language));
  const chinese = searchLanguageOf(canonicalVariant);

  const run = async (raw: string) => {
    const trimmed = raw.trim();
    // The debounce, Enter and the page's opening can all ask for the same search: run it once.
    if (trimmed === lastRun.current) return;
    lastRun.current = trimmed;
    const ticket = ++latest.current;
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
      const canonical = hasHan(trimmed) ? (await loadConverter(phrases, locale))(trimmed) : trimmed;
      const searched = languagesFor(trimmed, own);
      // On a Chinese page, "Musk" also finds 马斯克 in the reader's own edition (lib/search/latin-names.ts).
      const inChinese = own === chinese ? (chineseNames(canonical) ?? canonical) : canonical;
      const settled = await Promise.allSettled(
        searched.map((l) => searchIndex(l, l === chinese ? inChinese : trimmed, shownIn(l))),
      );
      if (ticket !== latest.current) return;
      // The page's own index must answer; the other language's results are a bonus.
      if (settled[0]!.status === 'rejected') throw settled[0]!.reason;
      const groups = settled.flatMap((r) => (r.status === 'fulfilled' && r.value.hits.length > 0 ? [r.value] : []));
      setShown(pageSize);
      setStatus({ kind: 'done', query: trimmed, groups, searched });
    } catch {
      if (ticket === latest.current) {
        lastRun.current = undefined;
        setStatus({ kind: 'failed' });
      }
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

  const total = status.kind === 'done' ? status.groups.reduce((n, g) => n + g.hits.length, 0) : 0;
  // One "show more" budget across the groups, in order.
  let budget = shown;
  // A function replacement: `$&` or `$'` in a query are text, not patterns.
  const fill = (text: string, q: string) => text.replace('{query}', () => q);

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
      <div
        aria-live="polite"
        className="mt-6 text-sm text-(--color-muted)"
        data-search-status={status.kind}
        data-search-query={status.kind === 'done' ? status.query : undefined}
      >
        {status.kind === 'searching' ? labels.searching : null}
        {status.kind === 'failed' ? labels.failed : null}
        {status.kind === 'done'
          ? total > 0
            ? labels.results.replace('{count}', String(total))
            : fill(labels.noResults, status.query)
          : null}
      </div>
      {status.kind === 'done' && total === 0 ? (
        <div className="mt-4 text-sm" data-search-empty="">
          <p className="text-(--color-muted)">{labels.tryThemes}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {themes.map((theme) => (
              <li key={theme.href}>
                <a
                  href={theme.href}
                  className="inline-flex min-h-11 items-center rounded-full border border-(--color-rule) px-3 no-underline hover:border-(--color-accent)"
                >
                  {theme.name}
                </a>
              </li>
            ))}
          </ul>
          {status.searched.length < searchLanguages.length ? (
            <p className="mt-4">
              <a
                href={`${otherSearch}?q=${encodeURIComponent(status.query)}`}
                data-search-other=""
                className="inline-flex min-h-11 items-center text-(--color-accent) underline underline-offset-4"
              >
                {fill(labels.tryOther, status.query)}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      {status.kind === 'done'
        ? status.groups.map((group) => {
            const visible = group.hits.slice(0, Math.max(0, budget));
            budget -= visible.length;
            if (visible.length === 0) return null;
            const heading = group.partial
              ? fill(labels.partial, status.query)
              : group.language !== own
                ? labels.otherLanguage[group.language]
                : undefined;
            return (
              <section
                key={group.language}
                className="mt-4"
                data-search-group={group.language}
                data-search-partial={group.partial ? '' : undefined}
              >
                {heading ? <h2 className="mt-8 mb-3 text-base font-bold">{heading}</h2> : null}
                <ol className="space-y-5" data-search-results="">
                  {visible.map((hit) => (
                    <li key={hit.key} lang={hit.lang}>
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
              </section>
            );
          })
        : null}
      {status.kind === 'done' && total > shown ? (
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
