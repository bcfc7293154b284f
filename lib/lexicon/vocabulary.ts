/**
 * Each essay's vocabulary (issue 32, point 3): its key words ranked, each with readings, gloss, forms in
 * every Chinese edition and its first sentence with that paragraph's English. Shared by the vocabulary page,
 * its TSV and CSV (scripts/postbuild/vocabulary.ts) and the tap-a-word data.
 *
 * Ranking: how often the word occurs in this essay × how few of the edition's essays use it
 * (ln(1 + essays ÷ essays with the word)), × 1.5 for a word CC-CEDICT lacks (the essays' coinages).
 * Left out: function words and numerals (jieba's tags), names of people, places and organisations (jieba's
 * `nr`/`ns`/`nt`/`nz` and the terms marked `name`), single characters (unless a reviewed term), words without
 * a Han character, and words without a gloss (listed by the build, never guessed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '@/lib/content/dir';
import { bodyBlocks } from '@/lib/markdown/body-blocks';
import { blockText } from '@/lib/markdown/rehype-block-ids';
import { getArticle, getArticles } from '@/lib/model';
import type { Article } from '@/lib/model/articles';
import { loadReviewed, overridesOf } from '@/lib/readings/reviewed';
import { loadRegionalTable, regionOf } from '@/lib/regional/terms';
import { fromCanonical } from '@/lib/script/converters';
import { scriptVariants, translationVariant, type ScriptVariantId, type VariantId } from '@/lib/site/variants';
import { inCedict } from './cedict';
import { essayWords, type EssayWord } from './essay';
import { essayGlossary, glossOf, themeNames, type Gloss, type GlossSources } from './glosses';
import { addWords } from './segment';
import { loadTerms, type LexiconTerm } from './terms';

/** How many words an essay's vocabulary lists. */
export const vocabularySize = 60;

/** A word's form in one Chinese edition: the script conversion, and the regional table's word if it differs. */
export interface WordForm {
  readonly variant: ScriptVariantId;
  readonly form: string;
  readonly regional?: string;
}

export interface VocabularyEntry {
  readonly word: EssayWord;
  readonly count: number;
  readonly score: number;
  readonly gloss: Gloss;
  readonly forms: readonly WordForm[];
  /** The English of the first sentence's paragraph (this site's translation). */
  readonly english?: string;
}

const skippedTags = /^(?:u|p|c|r|d|m|q|x|e|y|o|f|t|s|w|z|k|h|nr|ns|nt|nz|eng)/;

interface Lexicon {
  readonly terms: readonly LexiconTerm[];
  readonly themes: ReadonlyMap<string, string>;
  readonly glossaries: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

let lexicon: Lexicon | undefined;

/** The reviewed words, the themes and each essay's glossary, and jieba told to keep them all whole. */
export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const terms = loadTerms();
  const themes = themeNames();
  const glossaries = new Map<string, Map<string, string>>();
  for (const article of getArticles(scriptVariants[0]!.id)) {
    const source = readFileSync(path.join(contentDir(), 'articles', `${article.slug}.md`), 'utf8');
    glossaries.set(article.slug, essayGlossary(source));
  }
  addWords(terms);
  addWords([...themes.keys()].map((word) => ({ word })));
  for (const glossary of glossaries.values()) addWords([...glossary.keys()].map((word) => ({ word })));
  lexicon = { terms, themes, glossaries };
  return lexicon;
}

const wordsCache = new Map<string, EssayWord[]>();

/** An essay page's words (cached: the page, its files and the other essays' ranking all ask). */
export function wordsOf(article: Article): EssayWord[] {
  const key = `${article.variant}/${article.slug}`;
  let words = wordsCache.get(key);
  if (!words) {
    loadLexicon();
    words = essayWords(article, overridesOf(loadReviewed()));
    wordsCache.set(key, words);
  }
  return words;
}

/** A word's forms in every Chinese edition. */
export function formsOf(word: string): WordForm[] {
  const table = loadRegionalTable();
  return scriptVariants.map((variant) => {
    const form = fromCanonical(variant)(word);
    const region = regionOf(variant);
    const regional = region ? table.byCn.get(word)?.[region] : undefined;
    return { variant: variant.id as ScriptVariantId, form, ...(regional && regional !== form ? { regional } : {}) };
  });
}

/** Whether a word can be in a vocabulary (before its gloss is looked up). */
export function isKeyWordCandidate(word: EssayWord, terms: readonly LexiconTerm[]): boolean {
  const term = terms.find((t) => t.word === word.word);
  if (term) return !term.name;
  if (skippedTags.test(word.tag)) return false;
  return [...word.word].filter((char) => /\p{Script=Han}/u.test(char)).length >= 2;
}

/** The glosses an essay's words are looked up in. */
export function glossSourcesOf(slug: string): GlossSources {
  const { terms, themes, glossaries } = loadLexicon();
  return { terms, themes, glossary: glossaries.get(slug) ?? new Map() };
}

/** The English of each block of an essay, by block id. */
function englishBlocks(slug: string): Map<string, string> {
  const english = getArticle(slug, translationVariant.id as VariantId);
  return new Map(
    english ? bodyBlocks(english.body).map((block) => [String(block.properties.id), blockText(block)]) : [],
  );
}

/** An essay's vocabulary, best first, and the candidate words without a gloss (for the build's list). */
export function essayVocabulary(article: Article): { entries: VocabularyEntry[]; unglossed: EssayWord[] } {
  const { terms } = loadLexicon();
  const essays = getArticles(article.variant);
  const documentFrequency = new Map<string, number>();
  for (const essay of essays)
    for (const word of new Set(wordsOf(essay).map((w) => w.word)))
      documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const sources = glossSourcesOf(article.slug);
  const english = englishBlocks(article.slug);
  const entries: VocabularyEntry[] = [];
  const unglossed: EssayWord[] = [];
  for (const word of wordsOf(article)) {
    if (!isKeyWordCandidate(word, terms)) continue;
    const gloss = glossOf(word.word, word.readings.pinyin, sources);
    if (!gloss) {
      unglossed.push(word);
      continue;
    }
    const count = word.occurrences.length;
    const rarity = Math.log(1 + essays.length / (documentFrequency.get(word.word) ?? 1));
    const score = count * rarity * (inCedict(word.word) ? 1 : 1.5);
    entries.push({ word, count, score, gloss, forms: formsOf(word.word), english: english.get(word.first.block) });
  }
  // Ties keep the order of first occurrence (the sort is stable), so two builds list the same words.
  entries.sort((a, b) => b.score - a.score);
  return { entries: entries.slice(0, vocabularySize), unglossed };
}
