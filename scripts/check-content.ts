/**
 * Validate all content before `next build`: prints every problem as `file:line:column: problem` and
 * exits 1. `CONTENT_DIR` points it at another content folder (the bad-content tests do).
 */
import { getArticles } from '../lib/articles';
import { ContentError } from '../lib/content/errors';
import { getThemes } from '../lib/themes';
import { variants } from '../lib/variants';

try {
  const started = performance.now();
  const counts = variants.map((v) => getArticles(v.id).length);
  const themes = getThemes(variants[0]!.id);
  console.log(
    `content ok: ${counts[0]} articles × ${variants.length} variants, ${themes.length} themes in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
