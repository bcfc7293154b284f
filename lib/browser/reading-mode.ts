/** The reader's remembered reading mode on essay pages: Chinese only, or Chinese with English. */
export const modeStorageKey = 'ai-work:mode';
export const readingModes = ['zh', 'bilingual'] as const;
export type ReadingMode = (typeof readingModes)[number];

/**
 * Where a Chinese essay page should send a reader whose remembered mode is bilingual: the bilingual page
 * with the same `#paragraph`, else `undefined` (stay).
 *
 * Self-contained on purpose (no imports, no closures): its source is inlined at the top of every Chinese
 * essay page, so the tested function is the shipped one.
 */
export function modeRedirect(stored: string | null, bilingualHref: string, hash: string): string | undefined {
  return stored === 'bilingual' ? bilingualHref + hash : undefined;
}

/**
 * Where the redirect leaves the address the reader followed (the Chinese page and its `#paragraph`), for
 * the bilingual page's notice that says so and offers the way back (islands/mode-notice.ts). Session
 * storage: it concerns this tab's next page only.
 */
export const modeRedirectedKey = 'ai-work:mode-redirected';

/**
 * The inline script: runs before the essay paints, so a bilingual reader never sees the Chinese-only page.
 * It notes the address it leaves, so the bilingual page can say that the remembered choice changed it.
 */
export function modeRedirectScript(bilingualHref: string): string {
  return `(function(){var s=null;try{s=localStorage.getItem(${JSON.stringify(modeStorageKey)})}catch(e){}
var t=(${modeRedirect.toString()})(s,${JSON.stringify(bilingualHref)},location.hash);if(!t)return;
try{sessionStorage.setItem(${JSON.stringify(modeRedirectedKey)},location.pathname+location.hash)}catch(e){}location.replace(t)})()`;
}
