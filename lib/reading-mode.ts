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

/** The inline script: runs before the essay paints, so a bilingual reader never sees the Chinese-only page. */
export function modeRedirectScript(bilingualHref: string): string {
  return `(function(){var s=null;try{s=localStorage.getItem(${JSON.stringify(modeStorageKey)})}catch(e){}
var t=(${modeRedirect.toString()})(s,${JSON.stringify(bilingualHref)},location.hash);if(t)location.replace(t)})()`;
}
