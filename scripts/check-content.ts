/**
 * Validate all content before `next build`: prints every problem as `file:line:column: problem` and
 * exits 1. `CONTENT_DIR` points it at another content folder (the bad-content tests do).
 */
import { getArticles } from '../lib/articles';
import { ContentError } from '../lib/content/errors';
import { getAbout, getGuide } from '../lib/pages';
import { getThemes } from '../lib/themes';
import { variants } from '../lib/variants';

try {
  const started = performance.now();
  const counts = variants.map((v) => getArticles(v.id).length);
  const themes = getThemes(variants[0]!.id);
  // The site's own pages: the 导读 (its reading order names every essay) and the About page.
  for (const v of variants) {
    getGuide(v.id);
    getAbout(v.id);
  }
  console.log(
    `content ok: ${counts[0]} articles × ${variants.length} variants, ${themes.length} themes, 导读 and About in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
