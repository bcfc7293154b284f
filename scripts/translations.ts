/**
 * `npm run translations`: every English block that is stale (its Chinese changed since it was translated,
 * with the change as a diff), unconfirmed or missing, and English left over from removed blocks.
 *
 * `npm run translations -- confirm <slug> <id>…` (or `--all` for every pending block of the essay) records
 * the essay's current Chinese as what those English blocks translate — run it after updating the English.
 * The file keeps its comments and layout; only the `zh` of those blocks changes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, parseDocument, Scalar } from 'yaml';
import { ContentError } from '../lib/content/errors';
import { contentDir } from '../lib/content/load';
import { readSource } from '../lib/content/read-source';
import { loadCorpus } from '../lib/corpus';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// Bad content or a failing file system is reported in a sentence (file:line:column where there is one),
// never as a stack trace.
process.on('uncaughtException', (error) => {
  fail(error instanceof ContentError ? error.message : `npm run translations: ${error.message}`);
});

const corpus = loadCorpus();

const [command, slug, ...ids] = process.argv.slice(2);
if (command === undefined) {
  for (const notice of corpus.notices) console.log(notice);
  const pending = corpus.articles.reduce((n, a) => n + a.translation.pending.size, 0);
  console.log(
    pending === 0 && corpus.notices.length === 0
      ? 'Every English block translates the current Chinese.'
      : `${pending} block(s) shown in Chinese on English pages until translated and confirmed.`,
  );
} else if (command === 'confirm') {
  if (corpus.outdated.length > 0) fail(`${corpus.outdated.join('\n')}\nRun \`npm run ids\` first.`);
  const essay = corpus.articles.find((a) => a.source.frontmatter.slug === slug);
  if (!essay) fail(`usage: npm run translations -- confirm <slug> <id>… | --all (no essay "${slug ?? ''}")`);
  const texts = new Map(essay.matching.ledger.blocks.map((b) => [b.id, b.text]));
  const chosen = ids.includes('--all') ? [...essay.translation.pending.keys()] : ids;
  if (chosen.length === 0) fail('name the blocks to confirm (or --all)');
  const file = path.join(contentDir(), 'translations', `${essay.source.frontmatter.slug}.en.yaml`);
  const doc = parseDocument(String(readSource(file, 'yaml').value));
  for (const id of chosen) {
    const text = texts.get(id);
    const block = doc.getIn(['blocks', id], true);
    if (text === undefined || !isMap(block)) fail(`${id}: no such block with an English translation in ${file}`);
    const zh = new Scalar(text);
    if (block.has('zh')) block.set('zh', zh);
    else block.items.unshift(doc.createPair('zh', zh));
    console.log(`confirmed ${id}: ${text.slice(0, 40)}${text.length > 40 ? '…' : ''}`);
  }
  writeFileSync(file, doc.toString({ lineWidth: 0, singleQuote: true }));
} else fail('usage: npm run translations [-- confirm <slug> <id>… | --all]');
