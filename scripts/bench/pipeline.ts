import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadArticleSources } from '../../lib/content/load';
import { toVariantTree } from '../../lib/markdown/processor';
import { blockText } from '../../lib/markdown/rehype-block-ids';
import { fromCanonical, toCanonical } from '../../lib/script/converters';
import { loadThemeRegistry } from '../../lib/themes/registry';
import { bodyBlocks } from '../../lib/markdown/body-blocks';
import { canonicalVariant, scriptVariants, variants } from '../../lib/variants';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { VFile } from 'vfile';
import { table } from './table';

/**
 * An English translation for every generated essay, aligned to its blocks (real English paragraphs, round
 * robin), so the scale run renders all three variants like the real site. Not timed.
 */
function writeTranslations(dir: string, english: readonly string[]): void {
  mkdirSync(path.join(dir, 'translations'));
  let k = 0;
  for (const source of loadArticleSources(dir)) {
    const body = toVariantTree(source.tree, canonicalVariant, new VFile());
    const blocks = bodyBlocks(body).map((b) => {
      const text = english[k++ % english.length]!;
      // An English heading takes no full stop (the translation check refuses one).
      const en = /^h\d$/.test(b.tagName) ? text.replace(/[.。]$/, '') : text;
      return [String(b.properties.id), { zh: blockText(b), en }];
    });
    const yaml = stringifyYaml({
      title: 'T',
      short: 'T',
      author: 'A',
      outlet: 'O',
      summary: 'S',
      blocks: Object.fromEntries(blocks),
      footnotes: {},
    });
    writeFileSync(path.join(dir, 'translations', `${source.frontmatter.slug}.en.yaml`), yaml);
  }
}

/**
 * Content pipeline: converter setup, the real essays × variants, and a scale run over generated essays.
 * Returns the scale run's milliseconds per essay (all variants) at the largest size.
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

  // Scale: essays of realistic length made from the real paragraphs, in a temp content folder.
  const paragraphs = readdirSync('content/articles')
    .flatMap((name) => readFileSync(path.join('content/articles', name), 'utf8').split(/^---$/m)[2]!.split('\n\n'))
    .filter((p) => p.trim() && !p.startsWith('[^'))
    .map((p) => p.replace(/\[\^[^\]]+\]/g, ''));
  const english = readdirSync('content/translations').flatMap((name) =>
    Object.values(
      (
        parseYaml(readFileSync(path.join('content/translations', name), 'utf8')) as {
          blocks: Record<string, { en: string }>;
        }
      ).blocks,
    ).map((block) => block.en.replace(/\[\^\d+\]/g, '')),
  );
  const rows: string[][] = [];
  let previous: { size: number; ms: number; rss: number } | undefined;
  let msPerEssay = 0;
  for (const size of [250, 500, 1000]) {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-content-'));
    mkdirSync(path.join(dir, 'articles'));
    copyFileSync(path.join('content', 'themes.yaml'), path.join(dir, 'themes.yaml'));
    mkdirSync(path.join(dir, 'dictionary'));
    for (const name of readdirSync(path.join('content', 'dictionary')))
      copyFileSync(path.join('content', 'dictionary', name), path.join(dir, 'dictionary', name));
    for (let i = 0; i < size; i += 1) {
      const body = Array.from({ length: 40 }, (_, k) => paragraphs[(i * 7 + k * 13) % paragraphs.length]).join('\n\n');
      const script = i % 5 === 0 ? 'zh-Hant-TW' : 'zh-Hans';
      writeFileSync(
        path.join(dir, 'articles', `essay-${i}.md`),
        `---\nslug: essay-${i}\ntitle: 第${i}篇\nshort: 第${i}篇\nauthor: 作者\noutlet: 来源\nscript: ${script}\nsummary: 摘要。\ncover: jade\neditorSummary: 编者未作改动。\neditorSummaryEn: No changes.\neditorialChanges: []\n---\n\n${body}\n`,
      );
    }
    writeTranslations(dir, english);
    // The site's own pages: About as it is, a 导读 whose reading order names every generated essay.
    mkdirSync(path.join(dir, 'pages'));
    for (const name of ['about.md', 'about.en.md', 'guide.en.md'])
      copyFileSync(path.join('content', 'pages', name), path.join(dir, 'pages', name));
    const order = Array.from({ length: size }, (_, i) => `  - essay-${i}`).join('\n');
    writeFileSync(path.join(dir, 'pages', 'guide.md'), `---\ntitle: 导读\nreadingOrder:\n${order}\n---\n\n导读。\n`);
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
  console.log('\n## Scale run: generated essays (40 real paragraphs each), every variant, fresh process per size\n');
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
