import type { PhraseOverride, ScriptConverter } from '../script/overrides';

/** OpenCC's dictionaries from a Traditional locale, loaded only for the page that needs them. */
const fromLocale = {
  tw: () => import('opencc-js/from/tw'),
  hk: () => import('opencc-js/from/hk'),
} as const;

export type QueryLocale = keyof typeof fromLocale;

/**
 * The locale a page's queries are read from: its own Traditional locale (Hong Kong forms on the Hong Kong
 * page); Taiwan forms elsewhere, the Simplified page included, whose readers may type either script.
 */
export function queryLocale(opencc: string | null): QueryLocale {
  return opencc === 'hk' ? 'hk' : 'tw';
}

/**
 * The search box's converter from the page's Traditional script (Taiwan or Hong Kong standard, as the site
 * writes it) to canonical Simplified: OpenCC's dictionaries for that locale and the project's overrides
 * (`content/dictionary/<locale>2s.tsv`, where there is one) — about 60 KB instead of OpenCC's 1 MB, loaded
 * when the reader first searches. Simplified text passes through unchanged.
 */
export async function loadQueryConverter(
  phrases: readonly PhraseOverride[],
  locale: QueryLocale = 'tw',
): Promise<ScriptConverter> {
  const [{ ConverterFactory }, { default: from }, { default: toCn }, { withOverrides }] = await Promise.all([
    import('opencc-js/core'),
    fromLocale[locale](),
    import('opencc-js/to/cn'),
    import('../script/overrides'),
  ]);
  return withOverrides(ConverterFactory(from, toCn), phrases);
}
