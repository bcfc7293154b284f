/** What an essay page offers of readings (issue 32): none on English pages. */
import { isScriptVariant, type VariantId } from '@/lib/site/variants';
import { editionReadings, type ReadingKind } from './kinds';

/**
 * The kinds an essay or 中英对照 page offers. Where its readings are is not said: the island takes the
 * edition and the essay's folder from the page's address (both pages read the files next to the essay).
 */
export function readingsOf(variant: VariantId): { kinds: readonly ReadingKind[] } | undefined {
  const kinds = isScriptVariant(variant) ? editionReadings[variant] : undefined;
  return kinds && kinds.length > 0 ? { kinds } : undefined;
}
