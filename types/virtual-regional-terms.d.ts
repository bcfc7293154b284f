/** The regional table as the wording popover reads it, written by the islands build (scripts/postbuild/islands.ts). */
declare module 'virtual:regional-terms' {
  const terms: readonly import('@/lib/regional/wording-markup').WordingTerm[];
  export default terms;
}
