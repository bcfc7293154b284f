/**
 * The bench's own logic that `npm run bench:smoke` (test:build) would only catch after the build: the
 * scale run's corpus passes the content checks, and the transfer table sees every import.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadCorpus } from '@/lib/corpus';
import { generateCorpus } from '@/scripts/bench/generate-corpus';
import { importsOf } from '@/scripts/bench/transfer';

test('the scale run copies the real essays with everything they carry, and the corpus checks pass', () => {
  const dir = generateCorpus(8);
  try {
    const corpus = loadCorpus(dir);
    const slugs = corpus.articles.map((a) => a.source.frontmatter.slug);
    expect(slugs).toHaveLength(8);
    expect(slugs).toContain('ai-race-002-1');
    const copy = corpus.articles.find((a) => a.source.frontmatter.slug === 'ai-race-002-1')!;
    const real = corpus.articles.find((a) => a.source.frontmatter.slug === 'ai-race-002')!;
    expect(copy.matching.ledger).toEqual(real.matching.ledger);
    expect([...copy.translation.pending.keys()]).toEqual([...real.translation.pending.keys()]);
    expect(readFileSync(path.join(dir, 'pages', 'guide.md'), 'utf8')).toMatch(/^ {2}- ai-race-002-1$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('importsOf finds static, dynamic and computed imports in minified code', () => {
  const code = [
    'import{a as b}from"./chunk-a.js";import"./side.js";',
    'let x=1;const m=await import("./lazy.js");',
    'async function G(e){return import(`${r[e].base}pagefind.js`)}',
    'const important=1;x.import=2;',
  ].join('');
  expect(importsOf(code)).toEqual({
    specifiers: ['./chunk-a.js', './side.js', './lazy.js'],
    computed: ['import(`${r[e].base}pagefind.js`)'],
  });
  expect(importsOf('var e="imports other modules";')).toEqual({ specifiers: [], computed: [] });
});
