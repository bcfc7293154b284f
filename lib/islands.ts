/**
 * Islands: the interactive parts of a reading page. The server renders each one's markup (a React server
 * component at build time); a small module built from `islands/` adds its behaviour in the browser. This
 * file is the contract between the two: the names the markup announces with `data-island`, each of which
 * `islands/main.ts` must implement (checked by the type of its table, and in the built site by the
 * post-build step, which refuses a page naming an island the module does not have).
 */
export const islandNames = [
  'header-title',
  'mode-notice',
  'note-ref',
  'offscreen-layout',
  'paragraph-english',
  'permalink-copy',
  'reader-controls',
  'reading-mode-switch',
  'reading-progress',
  'search',
  'theme-ref',
  'toc',
  'variant-switch',
  'wording-choice',
] as const;

export type IslandName = (typeof islandNames)[number];

/** Attributes that mark an element as an island's root. */
export function island(name: IslandName): { 'data-island': IslandName } {
  return { 'data-island': name };
}

/** Path of the built islands module under `out/` (its file name carries a content hash). */
export const islandsDir = '_islands';
