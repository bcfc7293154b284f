/**
 * Pick the variant for `/`: a remembered valid choice first, else the first Chinese language the browser
 * lists (zh-TW, zh-HK, zh-MO, zh-Hant… → Traditional; any other zh → Simplified), else Simplified.
 *
 * Self-contained on purpose (no imports, no closures): its source is inlined into the `/` page as the
 * redirect script, so the tested function and the shipped one are the same code.
 */
export function chooseVariant(
  stored: string | null,
  languages: readonly string[],
  ids: { readonly simplified: string; readonly traditional: string },
): string {
  if (stored === ids.simplified || stored === ids.traditional) return stored;
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (/^zh-(?:hant|tw|hk|mo)(?:-|$)/.test(tag)) return ids.traditional;
    if (/^zh(?:-|$)/.test(tag)) return ids.simplified;
  }
  return ids.simplified;
}
