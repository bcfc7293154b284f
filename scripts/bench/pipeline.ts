import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { loadArticleSources } from '../../lib/content/load';
import { toVariantTree } from '../../lib/markdown/processor';
import { fromCanonical, toCanonical } from '../../lib/script/converters';
import { loadThemeRegistry } from '../../lib/themes/registry';
import { scriptVariants, variants } from '../../lib/site/variants';
import { generateCorpus } from './generate-corpus';
import { smoke } from './mode';
import { table } from './table';

/**
 * Content pipeline: converter setup, the real essays × variants, and a scale run over generated essays
 * (250, 500 and 1,000; 20 in the smoke run). Returns the scale run's milliseconds per essay (all variants) at the largest size.
 */
export function benchPipeline(): number {
  let t = performance.now();
  toCanonical('zh-Hant-TW');
  for (const v of scriptVariants) fromCanonical(v);
  const setupMs = performance.now() - t;

  t = performance.now();
  const sources = loadArticleSources();
  const canonicalMs = performance.now() - t;
  const themes = { aliases: loadThemeRegistry().aliases, href: (id: string) => `/themes/${id}/` };
  t = performance.now();
  for (const source of sources) for (const v of scriptVariants) toVariantTree(source.tree, v, new VFile(), { themes });
  const renderMs = performance.now() - t;
  const pairs = sources.length * scriptVariants.length;

  console.log('\n## Content pipeline (the real essays)\n');
  table(
    ['step', 'total ms', 'per essay-variant ms'],
    [
      ['OpenCC converters + project dictionaries (once)', setupMs.toFixed(0), '—'],
      [
        `load + validate + canonicalise ${sources.length} essays`,
        canonicalMs.toFixed(1),
        (canonicalMs / pairs).toFixed(2),
      ],
      [
        `render ${sources.length} essays × ${scriptVariants.length} scripts, with theme links`,
        renderMs.toFixed(1),
        (renderMs / pairs).toFixed(2),
      ],
    ],
  );

  // Scale: the real essays copied file-for-file under new slugs (./generate-corpus.ts), in a temp folder.
  const rows: string[][] = [];
  let previous: { size: number; ms: number; rss: number } | undefined;
  let msPerEssay = 0;
  for (const size of smoke ? [20] : [250, 500, 1000]) {
    const dir = generateCorpus(size);
    const chars = readdirSync(path.join(dir, 'articles')).reduce(
      (n, f) => n + readFileSync(path.join(dir, 'articles', f), 'utf8').length,
      0,
    );
    const run = spawnSync('npx', ['tsx', 'scripts/bench/scale-worker.ts'], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    rmSync(dir, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(run.stderr);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
      articles: number;
      ms: number;
      maxRssMb: number;
    };
    if (result.articles !== size) throw new Error(`the scale run rendered ${result.articles} essays of ${size}`);
    const n = result.articles * variants.length;
    // Growth between sizes shows linearity: the marginal cost per essay-variant should stay flat.
    const marginal = (value: number, before: number | undefined, scale = 1) =>
      previous && before !== undefined
        ? (((value - before) * scale) / ((size - previous.size) * variants.length)).toFixed(2)
        : '—';
    rows.push([
      String(size),
      String(Math.round(chars / size)),
      (result.ms / 1000).toFixed(1),
      (result.ms / n).toFixed(2),
      marginal(result.ms, previous?.ms),
      result.maxRssMb.toFixed(0),
      marginal(result.maxRssMb, previous?.rss, 1024),
    ]);
    previous = { size, ms: result.ms, rss: result.maxRssMb };
    msPerEssay = result.ms / result.articles;
  }
  console.log(
    '\n## Scale run: the real essays copied under new slugs (with their translations, notes and id ledgers), every variant, fresh process per size\n',
  );
  table(
    [
      'essays',
      'chars/essay',
      'total s',
      'ms / essay-variant',
      'marginal ms / essay-variant',
      'peak RSS MB',
      'marginal KB RSS / essay-variant',
    ],
    rows,
  );
  return msPerEssay;
}
