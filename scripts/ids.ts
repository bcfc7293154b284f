/**
 * `npm run ids`: match every essay's blocks to its id ledger (content/ids/<slug>.yaml) and write the ledger
 * when something changed, printing what happened to each id (kept, moved, edited with its similarity,
 * new, restored, retired and where it lands). Run it after editing an essay; review the ledger's diff.
 * The rule is in lib/ids/match.ts and docs/decisions.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { contentDir, readArticleSources } from '../lib/content/load';
import { formatLedger, ledgerPath, ledgerSizeProblem, readLedger } from '../lib/ids/ledger';
import { matchBlocks, sameLedger, type Matching } from '../lib/ids/match';
import { assignmentOf, matchingLines, matchingSummary } from '../lib/ids/report';
import { toVariantTree } from '../lib/markdown/processor';
import { canonicalVariant } from '../lib/site/variants';

const dir = contentDir();
const only = process.argv.slice(2);
const { sources, problems } = readArticleSources(dir);
for (const source of sources.filter((s) => only.length === 0 || only.includes(s.frontmatter.slug))) {
  const { slug } = source.frontmatter;
  const ledger = readLedger(dir, slug);
  if (ledger.problems.length > 0) {
    problems.push(...ledger.problems);
    continue;
  }
  let matching: Matching | undefined;
  toVariantTree(source.tree, canonicalVariant, new VFile({ path: source.path }), {
    blockIds: (blocks) => assignmentOf((matching = matchBlocks(ledger.ledger, blocks))),
  });
  const m = matching!;
  // A ledger too big to be read back is not written: the essay is what must change.
  const tooBig = ledgerSizeProblem(source.path, slug, m.ledger);
  if (tooBig) {
    problems.push(tooBig);
    continue;
  }
  if (ledger.ledger && sameLedger(ledger.ledger, m.ledger)) {
    console.log(`${slug}: ${m.ids.length} blocks, ids unchanged`);
    continue;
  }
  mkdirSync(path.dirname(ledgerPath(dir, slug)), { recursive: true });
  writeFileSync(ledgerPath(dir, slug), formatLedger(slug, m.ledger));
  const what = ledger.ledger ? matchingSummary(m) || 'reordered' : `new ledger, ${m.ids.length} ids`;
  console.log(`${slug}: ${what} → ${ledger.path}`);
  if (ledger.ledger) for (const line of matchingLines(m)) console.log(`  ${line}`);
}
if (problems.length > 0) {
  console.error(`Content problems (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
