/**
 * Beside the other post-build steps (scripts/build.ts: it reads only the sources and writes only its own
 * files, so it must never read a page): each Chinese essay's vocabulary as files (issue 32), an Anki TSV and a CSV next to its
 * vocabulary page (`/<variant>/articles/<slug>/vocabulary/<slug>-<variant>-vocabulary.tsv`), which links them,
 * and the words its popovers read (`/<variant>/articles/<slug>/words.json`, lib/lexicon/words-file.ts).
 * A key word without a gloss (CC-CEDICT, the glossary, the themes and terms.yaml have none) is left out of the
 * vocabulary and listed here as `file:line`, so an editor can add it to content/lexicon/terms.yaml.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { toCsv, toTsv, vocabularyFileName, vocabularyTable } from '@/lib/lexicon/export';
import { essayVocabulary } from '@/lib/lexicon/vocabulary';
import { wordsFile, wordsFileName } from '@/lib/lexicon/words-file';
import { getArticles } from '@/lib/model';
import { scriptVariantIds } from '@/lib/site/variants';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/vocabulary.ts');
const started = performance.now();
let files = 0;
let listed = 0;
let wordsBytes = 0;
const unglossed = new Set<string>();
for (const edition of scriptVariantIds) {
  for (const article of getArticles(edition)) {
    const { entries, unglossed: missing } = essayVocabulary(article);
    const dir = path.join(outDir, edition, 'articles', article.slug, 'vocabulary');
    mkdirSync(dir, { recursive: true });
    const table = vocabularyTable(entries, edition);
    writeFileSync(
      path.join(dir, vocabularyFileName(article.slug, edition, 'tsv')),
      toTsv(table, ['ai-work', article.slug, edition]),
    );
    writeFileSync(path.join(dir, vocabularyFileName(article.slug, edition, 'csv')), toCsv(table));
    // Tap a word: the page's words, next to the essay (its 中英对照 page reads the same file).
    const words = JSON.stringify(wordsFile(article));
    writeFileSync(path.join(outDir, edition, 'articles', article.slug, wordsFileName), words);
    wordsBytes += words.length;
    files += 3;
    listed += entries.length;
    // Listed once, from the canonical edition's text (the other editions' are the same words converted).
    if (edition === scriptVariantIds[0])
      for (const word of missing)
        unglossed.add(
          `content/articles/${article.slug}.md:${word.first.line ?? 1}: no gloss for 「${word.word}」 (${word.occurrences.length}×)`,
        );
  }
}
console.log(
  `vocabulary: ${files} files, ${listed} words listed, words.json ${(wordsBytes / 1024 / 15).toFixed(0)} KB an essay before compression; ${unglossed.size} key words without a gloss left out (CC-CEDICT, glossary, themes and content/lexicon/terms.yaml have none), in ${Math.round(performance.now() - started)} ms`,
);
for (const line of unglossed) console.warn(`warning: ${line}`);
