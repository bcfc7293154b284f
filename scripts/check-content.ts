/**
 * Validate all content before `next build`: loads the corpus (every check, one pass), prints every problem
 * as `file:line:column: problem` — and every id ledger out of date with its essay — and exits 1. Stale or
 * missing translations are listed but do not fail: they are published in Chinese with a mark. `CONTENT_DIR` points it at another content folder (the
 * bad-content tests do).
 */
import { ContentError } from '../lib/content/errors';
import { loadCorpus } from '../lib/corpus';
import { buildSite } from '../lib/model';
import { variants } from '../lib/site/variants';

try {
  const started = performance.now();
  const corpus = loadCorpus();
  // An id ledger behind its essay would publish ids nobody reviewed: the build stops and says what to run.
  if (corpus.outdated.length > 0) throw new ContentError(corpus.outdated);
  const checked = performance.now();
  const site = buildSite(corpus);
  for (const v of site.variants.values()) void [v.themes, v.related, v.guide, v.about];
  if (corpus.notices.length > 0)
    console.warn(
      `Translations to update (${corpus.notices.length}; shown in Chinese with a mark until then — \`npm run translations\`):\n${corpus.notices.map((n) => `  ${n}`).join('\n')}`,
    );
  console.log(
    `content ok: ${corpus.articles.length} articles × ${variants.length} variants, ${corpus.registry.themes.length} themes, 导读 and About; checked in ${Math.round(checked - started)} ms, site model in ${Math.round(performance.now() - checked)} ms`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
