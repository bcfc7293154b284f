/**
 * Ids of the site's own inline scripts (each a tested function inlined into the page). The post-build step
 * keeps exactly these and Next's structured data; every other script must be recognised as Next's
 * runtime, or the build stops (lib/static-export/strip-runtime.ts).
 */
export const inlineScriptIds = {
  /** Theme and font size before first paint (lib/browser/reader-prefs.ts), on every page. */
  readerPrefs: 'reader-prefs',
  /** A reader who chose 中英对照 goes to the bilingual page (lib/browser/reading-mode.ts). */
  readingModeRedirect: 'reading-mode-redirect',
  /** `/` picks the reader's variant (lib/browser/choose-variant.ts). */
  variantRedirect: 'variant-redirect',
  /** The 404 page shows the reader's variant (lib/browser/not-found-variant.ts). */
  notFoundVariant: 'not-found-variant',
} as const;

export const ownInlineScriptIds: ReadonlySet<string> = new Set(Object.values(inlineScriptIds));
