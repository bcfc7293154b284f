import type { Variant } from '../site/variants';
import { normalizePunctuation, toCornerQuotes } from '../text/punctuation';
import { fromCanonical, toCanonical } from './converters';
import type { SourceScript } from './source-scripts';

/** Bring a plain string (a frontmatter field) to canonical form: Simplified script, normalised punctuation. */
export function canonicalText(text: string, script: SourceScript): string {
  return normalizePunctuation([toCanonical(script)(text)])[0]!;
}

/** Render canonical text in a variant's script and quotation marks. */
export function variantText(text: string, variant: Variant): string {
  const converted = fromCanonical(variant)(text);
  return variant.quotes === 'corner' ? toCornerQuotes(converted) : converted;
}
