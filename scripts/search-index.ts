/**
 * Build the Pagefind search indexes after `next build` (part of `npm run build`, which passes the folder of
 * the exported site): the Chinese one into `<site>/pagefind/` (one record per essay paragraph, in canonical
 * Simplified text) and the English one into `<site>/pagefind-en/` (one per translated paragraph); see
 * lib/search/records.ts and docs/decisions.md ("Search"). Runs beside the other post-build steps
 * (scripts/build.ts): it reads only the sources (the site model), never a page, and writes only its two folders.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { getSite } from '../lib/model';
import { searchIndexes, type SearchLanguage } from '../lib/search/config';
import type { SearchRecord } from '../lib/search/records';
import { siteDirArgument } from './postbuild/site-dir-argument';

const site = siteDirArgument('scripts/search-index.ts');

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** One Pagefind bundle of `records`, in its own folder, analysed as `language`. */
async function writeBundle(language: SearchLanguage, records: readonly SearchRecord[]): Promise<string> {
  const started = performance.now();
  const { language: forceLanguage, base } = searchIndexes[language];
  const outputPath = path.join(site, base);
  const { index, errors } = await pagefind.createIndex({ forceLanguage });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord({
      url: `/${record.path}`,
      content: record.content,
      language: forceLanguage,
      meta: { ...record.meta },
    });
    if (added.errors.length > 0) throw new Error(`pagefind: ${record.path}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  // Pagefind also writes its ready-made UIs; this site uses only the search API, so they are not deployed.
  for (const name of readdirSync(outputPath)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) rmSync(path.join(outputPath, name));
  }
  const { files, bytes } = sizeOf(outputPath);
  return `${language}: ${records.length} paragraphs → ${base} (${files} files, ${(bytes / 1024).toFixed(0)} KB) in ${Math.round(performance.now() - started)} ms`;
}

const { records, english, misaligned } = getSite().search;
const lines = [await writeBundle('zh', records), await writeBundle('en', english)];
await pagefind.close();
console.log(
  `search index: ${lines.join('; ')}` +
    (misaligned.length > 0 ? `; ${misaligned.length} not character-aligned: ${misaligned.join(', ')}` : ''),
);
