/**
 * How many published readings differ between two builds, per edition and kind (issue 32: the numbers a
 * change to the readings reports). `npx tsx scripts/readings/compare-builds.ts <old out> <new out>`; each
 * argument is a built site (`out`, or a folder under `.builds/`). Blocks are compared reading by reading.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getArticles } from '@/lib/model';
import { editionReadings, readingsFileName, type ReadingsFile } from '@/lib/readings/kinds';
import { scriptVariantIds } from '@/lib/site/variants';

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: compare-builds.ts <old out> <new out>');

const read = (dir: string, file: string): ReadingsFile | undefined =>
  existsSync(path.join(dir, file))
    ? (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as ReadingsFile)
    : undefined;

for (const edition of scriptVariantIds)
  for (const kind of editionReadings[edition] ?? []) {
    let changed = 0;
    let total = 0;
    for (const article of getArticles(edition)) {
      const file = path.join(edition, 'articles', article.slug, readingsFileName(kind));
      const [old, now] = [read(before, file), read(after, file)];
      for (const [block, readings] of Object.entries(now?.blocks ?? {}))
        readings.forEach((reading, i) => {
          total += 1;
          if (old?.blocks[block]?.[i] !== reading) changed += 1;
        });
    }
    console.log(`${edition} ${kind}: ${changed} of ${total} readings differ`);
  }
