/** The regional table as the wording popover reads it, written by the islands build (scripts/postbuild/islands.ts). */
declare module 'virtual:regional-terms' {
  import type { WordingTerm } from '@/lib/regional/wording-markup';
  const terms: readonly WordingTerm[];
  export default terms;
}
