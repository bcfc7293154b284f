/**
 * `npm run audit`: Lighthouse (mobile preset, system Chromium) on `/`, each index and each essay in both
 * variants; the median of 3 runs per page; prints a table and exits 1 when a target is missed.
 * Needs a build (`npm run build`).
 */
import { readdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { table } from './bench/table';
import { chromiumFlags, chromiumPath, serveOut } from './lib/serve-out';

const runs = Number(process.env.AUDIT_RUNS ?? 3);
const slugs = readdirSync('content/articles').map((f) => f.replace(/\.md$/, ''));
const paths = [
  '/',
  ...['zh-hans', 'zh-hant'].flatMap((v) => [
    `/${v}/`,
    ...slugs.map((s) => `/${v}/articles/${s}/`),
    `/${v}/themes/`,
    `/${v}/themes/involution/`,
  ]),
];

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

const targets: { key: keyof Scores; label: string; ok: (v: number) => boolean; show: (v: number) => string }[] = [
  { key: 'performance', label: 'perf ≥ 90', ok: (v) => v >= 90, show: (v) => v.toFixed(0) },
  { key: 'lcpMs', label: 'LCP ≤ 2.5 s', ok: (v) => v <= 2500, show: (v) => `${(v / 1000).toFixed(2)} s` },
  { key: 'cls', label: 'CLS ≤ 0.01', ok: (v) => v <= 0.01, show: (v) => v.toFixed(3) },
  { key: 'tbtMs', label: 'TBT ≤ 300 ms', ok: (v) => v <= 300, show: (v) => `${v.toFixed(0)} ms` },
  { key: 'accessibility', label: 'a11y = 100', ok: (v) => v === 100, show: (v) => v.toFixed(0) },
  { key: 'bestPractices', label: 'best pr. = 100', ok: (v) => v === 100, show: (v) => v.toFixed(0) },
  { key: 'seo', label: 'SEO = 100', ok: (v) => v === 100, show: (v) => v.toFixed(0) },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await serveOut(4175);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
let failed = false;
const rows: string[][] = [];
const problems: string[] = [];
try {
  for (const path of paths) {
    const samples: Scores[] = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      samples.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: numeric('largest-contentful-paint'),
        cls: numeric('cumulative-layout-shift'),
        tbtMs: numeric('total-blocking-time'),
      });
      if (i === 0) {
        for (const category of Object.values(lhr.categories)) {
          if (category.id === 'performance') continue;
          for (const ref of category.auditRefs) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              problems.push(`${path} ${category.id}: ${audit.id} — ${audit.title}`);
            }
          }
        }
      }
    }
    const medianScores = Object.fromEntries(
      targets.map((t) => [t.key, median(samples.map((s) => s[t.key]))]),
    ) as unknown as Scores;
    const cells = targets.map((t) => {
      const value = medianScores[t.key];
      const pass = t.ok(value);
      failed ||= !pass;
      return `${t.show(value)}${pass ? '' : ' ✗'}`;
    });
    rows.push([path, ...cells]);
    console.error(`audited ${path}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`\n## Lighthouse, mobile preset, median of ${runs} runs\n`);
table(['page', ...targets.map((t) => t.label)], rows);
if (problems.length > 0) console.log(`\nAudits below full score:\n${problems.map((p) => `- ${p}`).join('\n')}`);
if (failed) {
  console.error('\nA Lighthouse target was missed.');
  process.exitCode = 1;
}
