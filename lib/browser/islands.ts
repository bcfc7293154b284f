/**
 * Islands: the interactive parts of a reading page. The server renders each one's markup (a React server
 * component at build time); a small module built from `islands/` adds its behaviour in the browser. This
 * file is the contract between the two: the names the markup announces with `data-island`, each of which
 * `islands/main.ts` must implement (checked by the type of its table, and in the built site by the
 * post-build step, which refuses a page naming an island the module does not have).
 */
export const islandNames = [
  'header-title',
  'listen',
  'mode-notice',
  'note-ref',
  'offscreen-layout',
  'paragraph-chinese',
  'paragraph-english',
  'permalink-copy',
  'reader-controls',
  'reading-mode-switch',
  'reading-progress',
  'readings-choice',
  'search',
  'theme-ref',
  'toc',
  'variant-switch',
  'wording-choice',
  'writing-choice',
] as const;

export type IslandName = (typeof islandNames)[number];

/**
 * What an island's root carries for it besides its name, as `data-*` attributes: written by components
 * through {@link island}, read by islands through {@link islandInputs}, named and typed once here.
 */
const inputNames = {
  'mode-notice': ['from'],
  listen: ['edition', 'slug', 'labels', 'title', 'site', 'cover'],
  'note-ref': ['gotoLabel'],
  'paragraph-chinese': ['chineseSrc'],
  'paragraph-english': ['englishSrc'],
  'permalink-copy': ['copiedLabel'],
  'readings-choice': ['show'],
} as const satisfies Partial<Record<IslandName, readonly string[]>>;

type WithInputs = keyof typeof inputNames;
/** The inputs of island `N`: a string for each name it declares. */
export type IslandInputs<N extends IslandName> = N extends WithInputs
  ? { readonly [K in (typeof inputNames)[N][number]]: string }
  : Record<never, never>;

/** `englishSrc` → `data-english-src`. */
const dataAttribute = (name: string) => `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Attributes that mark an element as an island's root, with the island's inputs (an island with none takes none). */
export function island<N extends IslandName>(
  name: N,
  ...inputs: N extends WithInputs ? [IslandInputs<N>] : []
): { 'data-island': N } & Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(inputs[0] ?? {})) attributes[dataAttribute(key)] = String(value);
  return { ...attributes, 'data-island': name };
}

/**
 * An island's inputs, read from its root; `undefined` when one is missing (markup that did not come from
 * {@link island}: the island then does not mount, rather than run on a default).
 */
export function islandInputs<N extends WithInputs>(root: HTMLElement, name: N): IslandInputs<N> | undefined {
  const inputs: Record<string, string> = {};
  for (const key of inputNames[name]) {
    const value = root.dataset[key];
    if (value === undefined) return undefined;
    inputs[key] = value;
  }
  return inputs as IslandInputs<N>;
}

/** Path of the built islands module under `out/` (its file name carries a content hash). */
export const islandsDir = '_islands';
