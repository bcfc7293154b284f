/**
 * Pick the variant for `/` (and the 404 page): a remembered valid choice first (English included), else the
 * first of the browser's languages that the site has (`en` → English, zh-TW / zh-HK / zh-MO / zh-Hant →
 * Traditional, any other zh → Simplified; a language the site lacks is skipped), else the fallback
 * (Simplified). `choices` comes from the variant registry (`variantChoices()` in lib/site/variants.ts).
 *
 * Self-contained on purpose (no imports, no closures): its source is inlined into the `/` page as the
 * redirect script, so the tested function and the shipped one are the same code.
 */
export function chooseVariant(
  stored: string | null,
  languages: readonly string[],
  choices: {
    readonly ids: readonly string[];
    /** [RegExp source over a BCP 47 tag (case-insensitive), variant id], disjoint patterns. */
    readonly matchers: readonly (readonly [string, string])[];
    readonly fallback: string;
  },
): string {
  if (stored !== null && choices.ids.indexOf(stored) >= 0) return stored;
  for (const language of languages) {
    for (const [pattern, id] of choices.matchers) if (new RegExp(pattern, 'i').test(language)) return id;
  }
  return choices.fallback;
}

/**
 * The reader's variant as an inline script sees it before first paint, for `/` (a redirect) and the 404
 * page (which section to show): an expression of {@link chooseVariant} over the remembered choice
 * (`site.variantStorageKey`, unreadable storage counting as none) and the browser's languages. One source
 * for both scripts; it is our own tested code, not content.
 */
export function chosenVariantExpression(choices: Parameters<typeof chooseVariant>[2], storageKey: string): string {
  return `(function(){var s=null;try{s=localStorage.getItem(${JSON.stringify(storageKey)})}catch(e){}
return (${chooseVariant.toString()})(s,navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''],${JSON.stringify(choices)})})()`;
}
