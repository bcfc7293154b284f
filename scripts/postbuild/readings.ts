/**
 * Beside the other post-build steps (scripts/build.ts: it reads only the sources and writes only its own
 * files, so it must never read a page): each Chinese essay's readings (issue 32), one small JSON file per kind the edition offers,
 * next to the essay (`/<variant>/articles/<slug>/readings-pinyin.json`; its 中英对照 page, whose Chinese is the
 * same blocks, uses these too). Fetched only when a reader turns readings on (islands/readings-choice.ts).
 * A character no generator can read is shown without a reading and listed here as `file:line`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getArticles } from '@/lib/model';
import { essayReadings } from '@/lib/readings/essay';
import { readingsFileName, type ReadingsFile } from '@/lib/readings/kinds';
import { loadReviewed, overridesOf } from '@/lib/readings/reviewed';
import { scriptVariantIds } from '@/lib/site/variants';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/readings.ts');
const started = performance.now();
const overrides = overridesOf(loadReviewed());
let files = 0;
let bytes = 0;
const unreadLines: string[] = [];
for (const edition of scriptVariantIds) {
  for (const article of getArticles(edition)) {
    const { files: kinds, unread } = essayReadings(article, overrides);
    const dir = path.join(outDir, edition, 'articles', article.slug);
    mkdirSync(dir, { recursive: true });
    for (const [kind, blocks] of kinds) {
      const file: ReadingsFile = { kind, blocks };
      const json = JSON.stringify(file);
      writeFileSync(path.join(dir, readingsFileName(kind)), json);
      files += 1;
      bytes += json.length;
    }
    for (const { kind, occurrence } of unread) {
      unreadLines.push(
        `content/articles/${article.slug}.md:${occurrence.line ?? 1}: no ${kind} reading for 「${occurrence.char}」 (${occurrence.key}, …${occurrence.context}…)`,
      );
    }
  }
}
for (const line of unreadLines) console.warn(`warning: ${line}`);
console.log(
  `readings: ${files} files (${(bytes / 1024).toFixed(0)} KB before compression), ${unreadLines.length} characters without a reading, in ${Math.round(performance.now() - started)} ms`,
);
