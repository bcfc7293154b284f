import { latinWords } from '../text/words';
import { segmenter } from '../text/segmenter';

/** A theme alias found in a text: `[start, end)` in UTF-16 offsets. */
export interface AliasMatch {
  readonly themeId: string;
  readonly alias: string;
  readonly start: number;
  readonly end: number;
}

/** A canonical (Simplified) alias and the theme it stands for. */
export interface AliasEntry {
  readonly themeId: string;
  readonly alias: string;
}

const words = segmenter('zh-Hans');
const latinOrDigit = /[\p{Script=Latin}\p{N}]/u;

/** Offsets where ICU's dictionary-based Chinese word segmentation puts a word boundary. */
export function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const { index, segment } of words.segment(text)) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  return boundaries;
}

/**
 * Find theme aliases in a text, left to right, longest alias first, without overlaps.
 *
 * - An alias with Chinese characters must start and end on a word boundary (ICU word segmentation; Latin
 *   and digits must not continue the match), so a character inside a longer word is not an occurrence:
 *   席卷 is not 卷.
 * - An alias written in Latin letters or digits only ("UBI", "resignation letter") matches whole words,
 *   compared as search compares them (lib/text/words.ts: any case, stemmed), with only spaces or dashes
 *   between them: "resignation letters" and "Resignation" both match, "UBIQUITY" does not.
 *
 * Hand-written: no library does longest-alias matching on CJK word boundaries; the segmentation itself is
 * ICU's (Intl.Segmenter) and the stemming is the `stemmer` package's.
 */
export function findAliases(text: string, entries: readonly AliasEntry[]): AliasMatch[] {
  if (entries.length === 0 || text.length === 0) return [];
  const found = [...chineseAliases(text, entries), ...wordAliases(text, entries)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const matches: AliasMatch[] = [];
  for (const m of found) if (m.start >= (matches.at(-1)?.end ?? 0)) matches.push(m);
  return matches;
}

const isWordAlias = (alias: string) => !/\p{Script=Han}/u.test(alias);

function chineseAliases(text: string, entries: readonly AliasEntry[]): AliasMatch[] {
  const index = indexOf(entries);
  const lower = text.toLowerCase();
  // Segmentation is the expensive part: only done for texts where some alias occurs at all.
  let boundaries: Set<number> | undefined;
  const matches: AliasMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = (index.get(lower[i]!) ?? []).find(({ alias }) => {
      if (!lower.startsWith(alias, i)) return false;
      const end = i + alias.length;
      if (latinOrDigit.test(text[i - 1] ?? '') && latinOrDigit.test(text[i] ?? '')) return false;
      if (latinOrDigit.test(text[end] ?? '') && latinOrDigit.test(text[end - 1] ?? '')) return false;
      boundaries ??= wordBoundaries(text);
      return boundaries.has(i) && boundaries.has(end);
    });
    if (hit) {
      matches.push({ themeId: hit.themeId, alias: hit.original, start: i, end: i + hit.alias.length });
      i += hit.alias.length;
    } else {
      i += 1;
    }
  }
  return matches;
}

const wordAliasKeys = new WeakMap<readonly AliasEntry[], { entry: AliasEntry; keys: string[] }[]>();

function wordAliases(text: string, entries: readonly AliasEntry[]): AliasMatch[] {
  let aliases = wordAliasKeys.get(entries);
  if (!aliases) {
    aliases = entries
      .filter((e) => isWordAlias(e.alias))
      .map((entry) => ({ entry, keys: latinWords(entry.alias).map((w) => w.key) }))
      .filter((a) => a.keys.length > 0)
      .sort((a, b) => b.keys.length - a.keys.length);
    wordAliasKeys.set(entries, aliases);
  }
  if (aliases.length === 0) return [];
  const words = latinWords(text);
  const matches: AliasMatch[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const hit = aliases.find(({ keys }) =>
      keys.every((key, k) => {
        const word = words[i + k];
        if (!word || word.key !== key) return false;
        // Only spaces and dashes between the words of a phrase.
        return k === 0 || /^[\s\-‐‑–—]+$/u.test(text.slice(words[i + k - 1]!.end, word.start));
      }),
    );
    if (!hit) continue;
    const end = words[i + hit.keys.length - 1]!.end;
    matches.push({ themeId: hit.entry.themeId, alias: hit.entry.alias, start: words[i]!.start, end });
    i += hit.keys.length - 1;
  }
  return matches;
}

type IndexedAlias = { themeId: string; alias: string; original: string };
const indexes = new WeakMap<readonly AliasEntry[], Map<string, IndexedAlias[]>>();

/** Chinese aliases by their (lower-cased) first character, longest first; built once per alias list. */
function indexOf(entries: readonly AliasEntry[]): Map<string, IndexedAlias[]> {
  let index = indexes.get(entries);
  if (!index) {
    index = new Map();
    for (const { themeId, alias } of entries) {
      if (isWordAlias(alias)) continue;
      const lower = alias.toLowerCase();
      const list = index.get(lower[0]!) ?? [];
      list.push({ themeId, alias: lower, original: alias });
      index.set(lower[0]!, list);
    }
    for (const list of index.values()) list.sort((a, b) => b.alias.length - a.alias.length);
    indexes.set(entries, index);
  }
  return index;
}

/**
 * Drop the matches that lie inside an excluded phrase of their theme (`exclude` in content/themes.yaml:
 * 泡沫 in 南海泡沫 is not the AI bubble). Phrases are matched case-insensitively.
 */
export function withoutExcluded(
  text: string,
  matches: readonly AliasMatch[],
  exclude: readonly AliasEntry[],
): AliasMatch[] {
  if (exclude.length === 0 || matches.length === 0) return [...matches];
  const lower = text.toLowerCase();
  // Chinese phrases as written; English ones as words, like aliases ("filter bubble" covers "filter bubbles").
  const spans: { themeId: string; start: number; end: number }[] = wordAliases(text, exclude);
  for (const { themeId, alias } of exclude) {
    if (isWordAlias(alias)) continue;
    const phrase = alias.toLowerCase();
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1))
      spans.push({ themeId, start: i, end: i + phrase.length });
  }
  return matches.filter((m) => !spans.some((s) => s.themeId === m.themeId && s.start <= m.start && m.end <= s.end));
}
