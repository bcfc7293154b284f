/**
 * Build the Pagefind search index into `<site>/pagefind/` after `next build` (part of `npm run build`,
 * which passes the folder of the exported site).
 * One record per essay paragraph, indexed in canonical Simplified text; see lib/search/records.ts and
 * docs/decisions.md ("Search across scripts").
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { getSite } from '../lib/model';
import { searchLanguage } from '../lib/search/config';
import { siteDirArgument } from './postbuild/site-dir-argument';

const outputPath = path.join(siteDirArgument('scripts/search-index.ts'), 'pagefind');

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

const started = performance.now();
const { records, misaligned } = getSite().search;
const { index, errors } = await pagefind.createIndex({ forceLanguage: searchLanguage });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
for (const record of records) {
  const added = await index.addCustomRecord({
    url: `/${record.path}`,
    content: record.content,
    language: searchLanguage,
    meta: { ...record.meta },
  });
  if (added.errors.length > 0) throw new Error(`pagefind: ${record.path}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// Pagefind also writes its ready-made UIs; this site uses only the search API, so they are not deployed.
for (const name of readdirSync(outputPath)) {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) rmSync(path.join(outputPath, name));
}
const { files, bytes } = sizeOf(outputPath);
console.log(
  `search index: ${records.length} paragraphs → ${outputPath} (${files} files, ${(bytes / 1024).toFixed(0)} KB) in ${Math.round(performance.now() - started)} ms` +
    (misaligned.length > 0 ? `; ${misaligned.length} not character-aligned: ${misaligned.join(', ')}` : ''),
);
