/**
 * Where a word's English comes from, in order: the essay's own glossary (`**术语**（English: …）`), a theme's
 * name (content/themes.yaml), the reviewed terms (content/lexicon/terms.yaml), then CC-CEDICT. The site's
 * own definitions come first: they say what the word means in these essays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '@/lib/content/dir';
import { matchGloss } from '@/lib/markdown/glossary-syntax';
import { cedictGloss } from './cedict';
import type { LexiconTerm } from './terms';

export type GlossSource = 'glossary' | 'theme' | 'terms' | 'cedict';
export interface Gloss {
  readonly en: string;
  readonly source: GlossSource;
}

/** The glossary terms an essay source defines: term → English name. */
export function essayGlossary(markdown: string): Map<string, string> {
  const glossary = new Map<string, string>();
  for (const match of markdown.matchAll(/\*\*([^*\n]+)\*\*(（[^）\n]*）)/gu)) {
    const gloss = matchGloss(match[2]!);
    if (gloss && !glossary.has(match[1]!)) glossary.set(match[1]!, gloss.english);
  }
  return glossary;
}

/** The themes' Chinese names → their English names. */
export function themeNames(dir: string = contentDir()): Map<string, string> {
  const themes = parse(readFileSync(path.join(dir, 'themes.yaml'), 'utf8')) as { name: { zh: string; en: string } }[];
  return new Map(themes.map((theme) => [theme.name.zh, theme.name.en]));
}

export interface GlossSources {
  readonly glossary: ReadonlyMap<string, string>;
  readonly themes: ReadonlyMap<string, string>;
  readonly terms: readonly LexiconTerm[];
}

/** A word's gloss (Simplified word, its pinyin as the page reads it), or `undefined`: never guessed. */
export function glossOf(word: string, pinyin: string | undefined, sources: GlossSources): Gloss | undefined {
  const glossary = sources.glossary.get(word);
  if (glossary) return { en: glossary, source: 'glossary' };
  const theme = sources.themes.get(word);
  if (theme) return { en: theme, source: 'theme' };
  const term = sources.terms.find((t) => t.word === word)?.en;
  if (term) return { en: term, source: 'terms' };
  const cedict = cedictGloss(word, pinyin);
  return cedict ? { en: cedict, source: 'cedict' } : undefined;
}
