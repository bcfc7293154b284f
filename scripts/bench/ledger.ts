/**
 * The cost of matching blocks to their id ledger (lib/ids/match.ts) at the 1,000-essay scale (20 in the
 * smoke run): essays of 40 real blocks each, matched after typical edits (a typo, a deleted, an inserted
 * and a moved paragraph) and after the worst case (every block rewritten, so every pair is compared).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ledgerSchema } from '../../lib/ids/ledger';
import { matchBlocks, type BlockInfo } from '../../lib/ids/match';
import { median } from './median';
import { smoke } from './mode';
import { table } from './table';
import { isParagraphId } from '../../lib/ids/block-id';

const essays = smoke ? 20 : 1000;

export function benchLedger(pipelineMsPerEssay: number): void {
  const texts = readdirSync('content/ids').flatMap((name) =>
    ledgerSchema
      .parse(parse(readFileSync(path.join('content/ids', name), 'utf8')))
      .blocks.filter((b) => isParagraphId(b.id))
      .map((b) => b.text),
  );
  const essay = (i: number): BlockInfo[] =>
    Array.from({ length: 40 }, (_, k) => ({ kind: 'paragraph', text: texts[(i * 7 + k * 13) % texts.length]! }));
  const ledgers = Array.from({ length: essays }, (_, i) => matchBlocks(undefined, essay(i)).ledger);
  const edits: [string, (b: BlockInfo[]) => BlockInfo[]][] = [
    ['no change', (b) => b],
    [
      'typo + delete + insert + move',
      (b) => {
        const e = [...b];
        e[3] = { ...e[3]!, text: `${e[3]!.text.slice(0, 10)}的${e[3]!.text.slice(11)}` };
        e.splice(20, 1);
        e.splice(5, 0, { kind: 'paragraph', text: '编者按：这是新加的一段。' });
        e.push(e.splice(10, 1)[0]!);
        return e;
      },
    ],
    ['every block rewritten (worst case)', (b) => b.map((x) => ({ ...x, text: `${x.text}。补记。` }))],
  ];
  const rows = edits.map(([name, edit]) => {
    const inputs = ledgers.map((_, i) => edit(essay(i)));
    const runs = Array.from({ length: 3 }, () => {
      const t = performance.now();
      inputs.forEach((blocks, i) => matchBlocks(ledgers[i], blocks));
      return performance.now() - t;
    });
    const ms = median(runs);
    return [
      name,
      ms.toFixed(0),
      (ms / essays).toFixed(3),
      `${((100 * ms) / essays / pipelineMsPerEssay).toFixed(1)} %`,
    ];
  });
  console.log(`\n## Id ledger matching: ${essays} essays × 40 blocks (median of 3)\n`);
  table(['edit', 'total ms', 'ms / essay', 'share of the pipeline per essay'], rows);
}
