import type { Root } from 'hast';
import type { Variant } from '../site/variants';
import { blockTexts, type EssayReview } from './essay-review';
import { regionOf } from './terms';
import type { Swap } from './wrap';

/**
 * The words a variant's page offers in the reader's regional wording, by block id: the reviewed
 * occurrences with a word for the page's region, located in the rendered body (script conversion keeps
 * every character's offset; a word whose converted text is not where it should be is left out):
 * paragraphs, list items and section headings (the contents list the headings with the same words). The
 * essay's title is the author's and is never swapped.
 */
export function regionalSwaps(review: EssayReview | undefined, variant: Variant, body: Root): Record<string, Swap[]> {
  const region = regionOf(variant);
  if (!region || !review) return {};
  const texts = blockTexts(body);
  const swaps: Record<string, Swap[]> = {};
  for (const occurrence of review.occurrences) {
    const form = occurrence.forms[region];
    const text = texts.get(occurrence.blockId);
    if (form === undefined || text === undefined) continue;
    const author = text.slice(occurrence.start, occurrence.end);
    if ([...author].length !== [...occurrence.term].length || author === form) continue;
    (swaps[occurrence.blockId] ??= []).push({
      start: occurrence.start,
      end: occurrence.end,
      term: occurrence.term,
      form,
    });
  }
  return swaps;
}
