import type { PhraseOverride, ScriptConverter } from '../script/overrides';

/**
 * The search box's converter from Traditional (Taiwan standard, as the site writes it) to canonical
 * Simplified: the same OpenCC dictionaries and project overrides the build uses for Traditional sources
 * (`tw` → `cn` + `content/dictionary/tw2s.tsv`), and only those — about 60 KB of dictionaries instead of
 * OpenCC's 1 MB, loaded when the reader first searches. Simplified text passes through unchanged.
 */
export async function loadQueryConverter(phrases: readonly PhraseOverride[]): Promise<ScriptConverter> {
  const [{ ConverterFactory }, { default: fromTw }, { default: toCn }, { withOverrides }] = await Promise.all([
    import('opencc-js/core'),
    import('opencc-js/from/tw'),
    import('opencc-js/to/cn'),
    import('../script/overrides'),
  ]);
  return withOverrides(ConverterFactory(fromTw, toCn), phrases);
}
