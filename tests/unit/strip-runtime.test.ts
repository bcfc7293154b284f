import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OutputShapeError, stripRuntime } from '@/lib/static-export/strip-runtime';

/** tsx itself, not through npx (which costs a second a run to find it). */
const tsx = path.resolve('node_modules/.bin/tsx');

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'next-export');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const islandsSrc = '/_islands/islands.0123456789ab.js';
/** `/` as `next build` (Next 16, Turbopack) exported it, before this step. */
const home = read('home.html');
/** The same page with an island in it, as a reading page has. */
const withIsland = home.replace('<main', '<main data-island="reader-controls"');

const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);

describe('a page exported by Next.js', () => {
  test('loses the runtime chunks, their preloads and the inline RSC payload, nothing else', () => {
    const { html, removed } = stripRuntime(withIsland, { file: 'home.html', islandsSrc });
    expect(removed['next-src']).toBe(7);
    expect(removed['next-preload']).toBe(1);
    expect(removed['next-payload']).toBeGreaterThanOrEqual(2);
    expect(removed['next-bootstrap']).toBe(1);
    expect(html).not.toMatch(/__next_f|TURBOPACK|\/_next\/static\/[^"]+\.js/);
    // The site's own scripts stay, word for word; the islands module is added at the end of <head>.
    expect(scripts(html)).toEqual([
      '<script id="reader-prefs">',
      `<script type="module" src="${islandsSrc}">`,
      '<script id="variant-redirect">',
    ]);
    expect(html).toContain(`<script type="module" src="${islandsSrc}"></script></head>`);
    const own = (page: string) => page.match(/<script id="variant-redirect">[\s\S]*?<\/script>/)?.[0];
    expect(own(html)).toBe(own(home));
    // Every other byte is as Next wrote it: the text without any script is unchanged.
    const noScripts = (page: string) =>
      page.replace(/<script\b[\s\S]*?<\/script>|<link rel="preload" as="script"[^>]*>/g, '');
    expect(noScripts(html)).toBe(noScripts(withIsland));
  });

  test('a page without islands does not load the islands module', () => {
    const { html } = stripRuntime(home, { file: 'home.html', islandsSrc });
    expect(html).not.toContain(islandsSrc);
    expect(scripts(html)).toEqual(['<script id="reader-prefs">', '<script id="variant-redirect">']);
  });

  test('a JSON data block (an island’s input, e.g. the search config) is kept as it is, not taken for a script', () => {
    const block = '<script type="application/json" data-search-config="">{"variant":"zh-hans"}</script>';
    const search = withIsland.replace('</main>', `${block}</main>`);
    const { html } = stripRuntime(search, { file: 'search.html', islandsSrc });
    expect(html).toContain(block);
  });
});

describe('an output shape the transform does not know fails loudly, naming the cause', () => {
  test('fixture: the RSC payload under another name (as a Next.js update might write it)', () => {
    const altered = read('altered-payload.html');
    expect(() => stripRuntime(altered, { file: 'altered-payload.html', islandsSrc })).toThrow(OutputShapeError);
    expect(() => stripRuntime(altered, { file: 'altered-payload.html', islandsSrc })).toThrow(
      /^altered-payload\.html: unrecognised script at altered-payload\.html:\d+:\d+: <script>\(self\.__next_s=self\.__next_s\|\|\[\]\)\.push\(\[0\]\)<\/script>.*Next\.js/s,
    );
  });

  test('runtime chunks but no inline payload (moved to a file, say)', () => {
    const noPayload = home.replace(/<script>(\(self\.__next_f=|self\.__next_f\.push)[\s\S]*?<\/script>/g, '');
    expect(() => stripRuntime(noPayload, { file: 'p.html', islandsSrc })).toThrow(
      /found 7 runtime script\(s\) and 0 inline payload script\(s\)/,
    );
  });

  test.each([
    ['a script from elsewhere', '<script src="https://cdn.example.com/x.js"></script>'],
    ['an inline script of unknown purpose', '<script>window.x=1</script>'],
    ['a module preload outside the runtime', '<link rel="modulepreload" href="/lib/x.js"/>'],
    ['a script preload outside the runtime', '<link rel="preload" as="script" href="/x.js"/>'],
    ['one of our ids on an external script', '<script id="reader-prefs" src="/x.js"></script>'],
  ])('%s', (_, element) => {
    const page = home.replace('</head>', `${element}</head>`);
    expect(() => stripRuntime(page, { file: 'p.html', islandsSrc })).toThrow(/unrecognised script at p\.html:\d+:\d+/);
  });

  test('an island name the module does not implement', () => {
    const page = home.replace('<main', '<main data-island="no-such-island"');
    expect(() => stripRuntime(page, { file: 'p.html', islandsSrc })).toThrow(/unknown island "no-such-island"/);
  });

  test('a page already processed', () => {
    const once = stripRuntime(withIsland, { file: 'p.html', islandsSrc }).html;
    expect(() => stripRuntime(once, { file: 'p.html', islandsSrc })).toThrow(/already on the page/);
  });
});

test('the build step stops on the altered fixture, naming the file and the element', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'out-'));
  try {
    mkdirSync(path.join(out, 'zh-hans'));
    copyFileSync(path.join(fixtures, 'altered-payload.html'), path.join(out, 'zh-hans', 'index.html'));
    const run = spawnSync(tsx, ['scripts/postbuild/islands.ts', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /zh-hans\/index\.html: unrecognised script at .*zh-hans\/index\.html:\d+:\d+: <script>\(self\.__next_s=/,
    );
    // Nothing half-done is left behind: the page is as it was.
    expect(readFileSync(path.join(out, 'zh-hans', 'index.html'), 'utf8')).toBe(read('altered-payload.html'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
