/**
 * The regional-wording layer's markup contract, shared by the renderer (lib/regional/wrap.ts) and the
 * browser (islands/wording-choice.ts, islands/lazy/wording-popover.ts): the classes of a swapped word and
 * of its two forms. Kept free of imports so the islands bundle takes nothing else with it.
 */
export const wordingClass = { word: 'rw', author: 'rw-a', regional: 'rw-r' } as const;

/** The popover's labels, written by the component as JSON in `data-wording-labels`. */
export interface WordingLabels {
  mainland: string;
  taiwan: string;
  hongKong: string;
  english: string;
  author: string;
}

/** One term of the regional table as the popover shows it: every form, and its English. */
export interface WordingTerm {
  readonly cn: string;
  readonly tw: string;
  readonly hk: string;
  readonly en: string;
}
