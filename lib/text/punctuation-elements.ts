/**
 * The kinds of punctuation adjustment (lib/text/punctuation-compression.ts decides them) and the element each
 * adjusted mark is wrapped in, drawn by app/styles/punctuation.css: a custom element (`<pq-h>，</pq-h>`,
 * inline like a span, no definition needed), not `<span class="pq-h">`. A long essay has some 600 of them,
 * and on its 中英对照 page the shorter markup is 0.5 KB less gzip. A module of its own, without the rules, for
 * the islands that copy a paragraph's elements (islands/lazy/paragraph-copy.ts).
 */
export type PunctuationAdjustment = 'start' | 'end' | 'hang' | 'last' | 'keep';

export const adjustmentElement = {
  start: 'pq-s',
  end: 'pq-e',
  hang: 'pq-h',
  last: 'pq-l',
  keep: 'pq-k',
} as const satisfies Readonly<Record<PunctuationAdjustment, `pq-${string}`>>;

/** Every element the adjustments are drawn with: typesetting only, their text is the text. */
export const punctuationElements: readonly string[] = Object.values(adjustmentElement);
