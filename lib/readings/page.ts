/** What an essay page offers of readings (issue 32): none on English pages. */
import { articlePath } from '@/lib/site';
import { isScriptVariant, type VariantId } from '@/lib/site/variants';
import { editionReadings, type ReadingKind } from './kinds';

export function readingsOf(
  variant: VariantId,
  slug: string,
): { edition: string; kinds: readonly ReadingKind[]; src: string } | undefined {
  if (!isScriptVariant(variant)) return undefined;
  // Both the essay and its 中英对照 page read the files next to the essay (scripts/postbuild/readings.ts).
  return { edition: variant, kinds: editionReadings[variant], src: articlePath(variant, slug) };
}
