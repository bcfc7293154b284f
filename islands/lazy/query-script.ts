/**
 * The search box's query converter (lib/search/query-script.ts: OpenCC's Taiwan and Hong Kong dictionaries
 * to canonical Simplified, with the project's phrases), a lazy island of its own: the search island
 * (islands/lazy/search.ts) fetches it only when a query has Chinese characters, so an English search, or
 * opening the page, downloads none of its ~60 KB.
 */
export { loadQueryConverter } from '@/lib/search/query-script';
