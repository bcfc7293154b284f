import { existsSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { ContentError, formatMessages } from '../content/errors';
import { contentDir } from '../content/load';
import { readSource } from '../content/read-source';
import { validateYaml, type Place } from '../content/yaml';
import { canonicalText } from '../script/text';
import type { AliasEntry } from './match';
import { themesSchema, type ThemeSource } from './schema';

/** A theme with its aliases in canonical (Simplified) form, and where each sits in the registry. */
export interface Theme extends ThemeSource {
  /** Canonical aliases, in registry order. */
  readonly canonicalAliases: readonly string[];
  readonly place: Place;
  readonly aliasPlaces: readonly Place[];
  readonly aliasEnPlaces: readonly Place[];
  /** Excluded phrases as matched: Chinese ones in canonical form. */
  readonly canonicalExclude: readonly string[];
  readonly notInPlace: Place;
}

export interface ThemeRegistry {
  readonly themes: readonly Theme[];
  /** Every alias of every theme, for `findAliases`. */
  readonly aliases: readonly AliasEntry[];
  /** Every English alias, for theme links in the English translation. */
  readonly aliasesEn: readonly AliasEntry[];
  /** Every excluded phrase, by theme (`alias` is the phrase), for Chinese and English text alike. */
  readonly exclude: readonly AliasEntry[];
  /** The registry file, for build messages about themes (`file.message` at `theme.place`). */
  readonly file: VFile;
}

/** Whether a theme is left out of a paragraph of an essay (`notIn`). */
export function isExcludedParagraph(registry: ThemeRegistry, themeId: string, slug: string, paragraphId: string) {
  return registry.themes.find((t) => t.id === themeId)?.notIn[slug]?.includes(paragraphId) ?? false;
}

/**
 * Read `content/themes.yaml`: validate with zod, bring each alias to canonical Simplified (an alias is
 * written once, in either script), and reject duplicate ids and aliases claimed by two themes.
 * Throws a {@link ContentError} naming file, line and problem.
 */
export function loadThemeRegistry(dir: string = contentDir()): ThemeRegistry {
  const absolute = path.join(dir, 'themes.yaml');
  if (!existsSync(absolute))
    throw new ContentError([`${path.relative(process.cwd(), absolute)}:1:1: missing theme registry`]);
  const file = readSource(absolute, 'yaml');
  const { data, placeOf } = validateYaml(String(file.value), themesSchema, file, { ruleId: 'themes', what: 'theme' });
  const themes: Theme[] = (data ?? []).map((theme, i) => ({
    ...theme,
    // Aliases are matched as written, less punctuation normalisation: converted with the Taiwan reader,
    // which leaves Simplified text as it is.
    canonicalAliases: theme.aliases.map((alias) => canonicalText(alias, 'zh-Hant-TW')),
    place: placeOf([i, 'id']),
    aliasPlaces: theme.aliases.map((_, k) => placeOf([i, 'aliases', k])),
    aliasEnPlaces: theme.aliasesEn.map((_, k) => placeOf([i, 'aliasesEn', k])),
    canonicalExclude: theme.exclude.map((phrase) => canonicalText(phrase, 'zh-Hant-TW')),
    notInPlace: Object.keys(theme.notIn).length > 0 ? placeOf([i, 'notIn']) : placeOf([i, 'id']),
  }));
  const ids = new Map<string, number>();
  const owners = new Map<string, string>();
  for (const theme of themes) {
    if (ids.has(theme.id)) {
      file.message(`duplicate theme id "${theme.id}" (first on line ${ids.get(theme.id)})`, {
        place: theme.place,
        ruleId: 'themes',
      });
    }
    ids.set(theme.id, theme.place.line);
    theme.canonicalAliases.forEach((alias, k) => {
      const owner = owners.get(alias);
      if (owner !== undefined) {
        file.message(`alias "${theme.aliases[k]}" of "${theme.id}" is also an alias of "${owner}"`, {
          place: theme.aliasPlaces[k],
          ruleId: 'themes',
        });
      }
      owners.set(alias, theme.id);
    });
  }
  for (const theme of themes) {
    // A phrase holding none of the theme's aliases excludes nothing: most likely a typo.
    const words = [...theme.canonicalAliases, ...theme.aliasesEn].map((a) => a.toLowerCase());
    theme.canonicalExclude.forEach((phrase, k) => {
      if (!words.some((w) => phrase.toLowerCase().includes(w)))
        file.message(`excluded phrase "${theme.exclude[k]}" of "${theme.id}" contains none of its aliases`, {
          place: placeOf([themes.indexOf(theme), 'exclude', k]),
          ruleId: 'themes',
        });
    });
  }
  if (file.messages.length > 0) throw new ContentError(formatMessages(file));
  const exclude = themes.flatMap((t) => t.canonicalExclude.map((alias) => ({ themeId: t.id, alias })));
  const aliases = themes.flatMap((t) => t.canonicalAliases.map((alias) => ({ themeId: t.id, alias })));
  const aliasesEn = themes.flatMap((t) => t.aliasesEn.map((alias) => ({ themeId: t.id, alias })));
  return { themes, aliases, aliasesEn, exclude, file };
}
