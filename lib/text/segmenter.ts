/**
 * `Intl.Segmenter`s (ICU: dictionary-based word segmentation for Chinese, built into Node and browsers), one
 * per locale and granularity, made on first use and shared by every module that segments text (headlines,
 * theme matching, excerpts, text fragments, search). Which locale to pass is each caller's: the Chinese
 * dictionary is the same for `zh` and `zh-Hans`.
 */
const made = new Map<string, Intl.Segmenter>();

export function segmenter(locale: string, granularity: 'word' | 'sentence' = 'word'): Intl.Segmenter {
  const key = `${locale}:${granularity}`;
  let found = made.get(key);
  if (!found) made.set(key, (found = new Intl.Segmenter(locale, { granularity })));
  return found;
}
