/**
 * Reading variants: the one registry. Chinese scripts rendered from one canonical text (简体; 繁體 in
 * Taiwan and in Hong Kong forms), and English (this site's translation, aligned paragraph by paragraph).
 * Adding a script variant is one entry in lib/site/variant-entries.ts plus its labels (lib/i18n/catalogue/<id>.ts) and,
 * if its conversion needs one, a phrase dictionary `content/dictionary/s2<opencc>.tsv`. Code asks the
 * registry (`isScriptVariant`, `translationVariant`, `scriptVariants` …), never for an id.
 */
import { variantEntries, type VariantEntry } from './variant-entries';

export type { OpenccLocale, VariantEntry } from './variant-entries';

/** A variant of the registry. */
export interface Variant extends VariantEntry {
  readonly id: VariantId;
}

export type VariantId = (typeof variantEntries)[number]['id'];

/** Every variant, in the order the switch shows them (the first is the canonical script). */
export const variants: readonly Variant[] = variantEntries;

export const variantIds: readonly VariantId[] = variants.map((v) => v.id);

/** The Chinese script variants (what OpenCC renders, what search indexes). */
export const scriptVariants: readonly Variant[] = variants.filter((v) => v.kind === 'script');
export type ScriptVariantId = Extract<(typeof variantEntries)[number], { kind: 'script' }>['id'];

/** Whether a variant is this site's translation (English), not the Chinese text. */
export function isTranslationVariant(id: VariantId): boolean {
  return getVariant(id).kind === 'translation';
}

/** Whether a variant shows the Chinese text (as opposed to the English translation). */
export function isScriptVariant(id: VariantId): id is ScriptVariantId {
  return getVariant(id).kind === 'script';
}

/** The ids of the Chinese script variants. */
export const scriptVariantIds: readonly ScriptVariantId[] = variants.map((v) => v.id).filter(isScriptVariant);

/** The variant whose text is the canonical form (Simplified). */
export const canonicalVariant: Variant = variants[0]!;

/** Type guard for URL segments. */
export function isVariantId(value: string): value is VariantId {
  return (variantIds as readonly string[]).includes(value);
}

/** Look up a variant; throws on an unknown id (callers validate URL input with `isVariantId`). */
export function getVariant(id: VariantId): Variant {
  const variant = variants.find((v) => v.id === id);
  if (!variant) throw new Error(`Unknown variant: ${id}`);
  return variant;
}

/** This site's English translation (the one translation variant). */
export const translationVariant: Variant = variants.find((v) => v.kind === 'translation')!;

/** The other variants, for the switch. */
export function otherVariants(id: VariantId): Variant[] {
  return variants.filter((v) => v.id !== id);
}

/** What `/` and the 404 page choose among (lib/browser/choose-variant.ts), from the registry. */
export function variantChoices() {
  return {
    ids: variants.map((v) => v.id),
    matchers: variants.map((v) => [v.browserLanguages, v.id] as const),
    fallback: canonicalVariant.id,
  };
}
