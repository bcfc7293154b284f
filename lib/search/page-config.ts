/**
 * What the search page's server component hands the search island (islands/lazy/search.ts): one typed
 * value, written into the page as a JSON data block (`<script type="application/json" data-search-config>`,
 * never executed, so the page's CSP needs no hash for it) and read back through `parseSearchConfig`, which
 * checks the shape instead of trusting it. Both sides use this file, so a field cannot be renamed on one
 * side only. Pure and small: it ships with the search island.
 */
import type { PhraseOverride } from '../script/overrides';
import type { SearchLanguage } from './config';
import type { QueryLocale } from './query-script';

export interface SearchLabels {
  search: string;
  searching: string;
  /** With `{count}`. */
  results: string;
  /** With `{query}`. */
  noResults: string;
  showMore: string;
  failed: string;
  /** With `{query}`. */
  partial: string;
  otherLanguage: Record<SearchLanguage, string>;
  tryThemes: string;
  /** With `{query}`. */
  tryOther: string;
}

export interface SearchConfig {
  /** The page's variant (a `VariantId`; checked against the site's variants by the island). */
  variant: string;
  labels: SearchLabels;
  /** `content/dictionary/tw2s.tsv` (or `hk2s`) and the regional query phrases, for the query converter. */
  phrases: PhraseOverride[];
  /** The Traditional locale the page's queries are read from. */
  locale: QueryLocale;
  /** Themes to suggest when nothing is found. */
  themes: { href: string; name: string }[];
  /** The search page of the other language, for the empty state. */
  otherSearch: string;
}

/** The attribute of the JSON data block (on a `<script type="application/json">` inside the island's root). */
export const searchConfigAttribute = 'data-search-config';

/**
 * The config as the text of a `<script>` data block: JSON with `<` escaped, so no phrase or label can
 * close the element (`</script>`) or open a comment; JSON.parse reads `\u003c` back as `<`.
 */
export function serializeSearchConfig(config: SearchConfig): string {
  return JSON.stringify(config).replace(/</g, '\\u003c');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function stringsOf(v: unknown, keys: readonly string[], where: string): Record<string, string> {
  if (!isRecord(v)) throw new Error(`search config: ${where} is not an object`);
  for (const key of keys) if (!isString(v[key])) throw new Error(`search config: ${where}.${key} is not a string`);
  return v as Record<string, string>;
}

const labelKeys = [
  'search',
  'searching',
  'results',
  'noResults',
  'showMore',
  'failed',
  'partial',
  'tryThemes',
  'tryOther',
] as const satisfies readonly Exclude<keyof SearchLabels, 'otherLanguage'>[];

/** Read the config back from the data block's text; throws, naming the field, on anything of another shape. */
export function parseSearchConfig(text: string): SearchConfig {
  const v: unknown = JSON.parse(text);
  if (!isRecord(v)) throw new Error('search config: not an object');
  const top = stringsOf(v, ['variant', 'otherSearch'], 'config');
  const labels = stringsOf(v.labels, labelKeys, 'labels');
  const otherLanguage = stringsOf(
    isRecord(v.labels) ? v.labels.otherLanguage : undefined,
    ['zh', 'en'],
    'labels.otherLanguage',
  );
  if (v.locale !== 'tw' && v.locale !== 'hk') throw new Error('search config: locale is not tw or hk');
  if (!Array.isArray(v.phrases)) throw new Error('search config: phrases is not a list');
  const phrases = v.phrases.map((p, i) => stringsOf(p, ['source', 'target'], `phrases[${i}]`));
  if (!Array.isArray(v.themes)) throw new Error('search config: themes is not a list');
  const themes = v.themes.map((t, i) => stringsOf(t, ['href', 'name'], `themes[${i}]`));
  return {
    variant: top.variant!,
    otherSearch: top.otherSearch!,
    labels: {
      ...(Object.fromEntries(labelKeys.map((k) => [k, labels[k]!])) as Omit<SearchLabels, 'otherLanguage'>),
      otherLanguage: { zh: otherLanguage.zh!, en: otherLanguage.en! },
    },
    locale: v.locale,
    phrases: phrases.map((p) => ({ source: p.source!, target: p.target! })),
    themes: themes.map((t) => ({ href: t.href!, name: t.name! })),
  };
}
