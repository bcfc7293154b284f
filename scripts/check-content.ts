/**
 * Validate all content before `next build`: loads the corpus (every check, one pass), prints every problem
 * as `file:line:column: problem` and exits 1. `CONTENT_DIR` points it at another content folder (the
 * bad-content tests do).
 */
import { ContentError } from '../lib/content/errors';
import { loadCorpus } from '../lib/corpus';
import { buildSite } from '../lib/model';
import { variants } from '../lib/variants';

try {
  const started = performance.now();
  const corpus = loadCorpus();
  const checked = performance.now();
  const site = buildSite(corpus);
  for (const v of site.variants.values()) void [v.themes, v.related, v.guide, v.about];
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
