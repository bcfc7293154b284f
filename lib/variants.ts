/**
 * Script variants: the one registry. Adding a variant (say zh-Hant-HK) is one entry here plus its labels.
 */

/** OpenCC locale codes used by opencc-js (`cn`, `tw`, `hk`, …). */
export type OpenccLocale = 'cn' | 'tw' | 'hk';

export interface Variant {
  /** URL segment: `/zh-hans/…`. */
  readonly id: VariantId;
  /** BCP 47 tag for `<html lang>`. */
  readonly lang: string;
  /** OpenCC target locale the canonical (Simplified) text is converted to; `null` = canonical itself. */
  readonly opencc: OpenccLocale | null;
  /** Quotation marks: `curly` “‘ (mainland) or `corner` 「『 (Taiwan). */
  readonly quotes: 'curly' | 'corner';
  /** Name of the script in its own script, for the switch and `/`. */
  readonly label: string;
  /** One-character switch label. */
  readonly short: string;
}

export const variantIds = ['zh-hans', 'zh-hant'] as const;
export type VariantId = (typeof variantIds)[number];

export const variants: readonly Variant[] = [
  { id: 'zh-hans', lang: 'zh-Hans', opencc: null, quotes: 'curly', label: '简体中文', short: '简' },
  { id: 'zh-hant', lang: 'zh-Hant', opencc: 'tw', quotes: 'corner', label: '繁體中文', short: '繁' },
];

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

/** The other variant, for the 简 / 繁 switch (two variants today). */
export function otherVariants(id: VariantId): Variant[] {
  return variants.filter((v) => v.id !== id);
}
