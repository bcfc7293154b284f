import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { verifySite } from '@/scripts/build/verify-site';

let dir: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const page = (image: string, body = '') =>
  `<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><meta property="og:image" content="http://localhost:3000${image}"/></head><body>${body}</body></html>`;
const essay = page(
  '/share/zh-hans/a.png',
  '<main data-island="toc"><a href="/zh-hans/articles/a/a.epub">EPUB<span data-epub-size="/zh-hans/articles/a/a.epub">（1 KB）</span></a><p id="p-1">一</p><p id="p-2"><span id="p-9" class="retired-anchor" data-retired=""></span>二</p></main><script type="module" src="/_islands/islands.abc.js"></script>',
);

const english = page(
  '/share/en/a.png',
  '<main><p id="p-1">One</p><p id="p-2" data-translation="stale" lang="zh-Hans">二</p></main>',
);

/** Pagefind's files for `records` records in the bundle `folder`. */
function bundle(folder: string, language: string, records: number) {
  write(
    `${folder}/pagefind-entry.json`,
    JSON.stringify({ languages: { [language]: { hash: `${language}_1`, wasm: null, page_count: records } } }),
  );
  for (const file of [`pagefind.${language}_1.pf_meta`, 'wasm.unknown.pagefind', 'pagefind.js', 'pagefind-worker.js'])
    write(`${folder}/${file}`, 'bytes');
  for (let i = 1; i <= records; i += 1) write(`${folder}/fragment/${language}_${i}.pf_fragment`, 'bytes');
}

/**
 * A complete site in miniature: three pages in the sitemap, a 404, one essay of two paragraphs in Chinese
 * and in English (one paragraph translated, one pending), both indexed.
 */
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'site-'));
  write(
    'sitemap.xml',
    '<urlset><url><loc>http://localhost:3000/</loc></url><url><loc>http://localhost:3000/zh-hans/articles/a/</loc></url><url><loc>http://localhost:3000/en/articles/a/</loc></url></urlset>',
  );
  write('index.html', page('/share/home.png'));
  write('zh-hans/articles/a/index.html', essay);
  write('en/articles/a/index.html', english);
  write('404.html', '<html><body>404</body></html>');
  for (const asset of [
    '_next/static/chunks/a.css',
    '_islands/islands.abc.js',
    'share/home.png',
    'share/zh-hans/a.png',
    'share/en/a.png',
  ])
    write(asset, 'bytes');
  write('zh-hans/articles/a/a.epub', 'PK\x03\x04 a zip');
  bundle('pagefind', 'zh', 2);
  bundle('pagefind-en', 'en', 1);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a complete site passes, with what it found', () => {
  expect(verifySite(dir)).toEqual({
    pages: 3,
    paragraphs: 2,
    indexed: 2,
    islands: 1,
    shareImages: 3,
    books: 1,
    problems: [],
  });
});

test('an EPUB book missing, not a zip, not linked, or a link without its size', () => {
  write('zh-hans/articles/a/a.epub', 'text');
  write('en/a.epub', 'PK\x03\x04');
  write(
    'en/articles/a/index.html',
    english.replace('</main>', '<a href="/en/b.epub">EPUB<span data-epub-size="/en/b.epub"></span></a></main>'),
  );
  expect(verifySite(dir).problems).toEqual([
    '/en/articles/a/: the link to /en/b.epub has no size',
    'a page links /en/b.epub, which the build lacks or is not a zip',
    'a page links /zh-hans/articles/a/a.epub, which the build lacks or is not a zip',
    '/en/a.epub: no page links it',
  ]);
});

test('a page of the sitemap, an asset or the islands module missing', () => {
  rmSync(path.join(dir, 'index.html'));
  rmSync(path.join(dir, 'share/zh-hans/a.png'));
  write('zh-hans/articles/a/index.html', essay.replace(/<script[^]*<\/script>/, ''));
  expect(verifySite(dir).problems).toEqual([
    '/: no page file',
    '/zh-hans/articles/a/: has islands, no module',
    '/zh-hans/articles/a/: names /share/zh-hans/a.png, which the build lacks',
    'no page loads the islands module',
  ]);
});

test('a search index with another number of records than the essays have paragraphs', () => {
  write('zh-hans/articles/a/index.html', essay.replace('</main>', '<p id="p-3">三</p></main>'));
  expect(verifySite(dir).problems).toEqual([
    'search index pagefind: 2 records and 2 fragments, expected 3 (the paragraphs of the essay pages)',
  ]);
  // The English index holds the translated paragraphs only: not the one still shown in Chinese.
  write('en/articles/a/index.html', english.replace(' data-translation="stale" lang="zh-Hans"', ''));
  expect(verifySite(dir).problems).toContain(
    'search index pagefind-en: 1 records and 1 fragments, expected 2 (the paragraphs of the essay pages)',
  );
});

test('a search index without its entry or a language file', () => {
  rmSync(path.join(dir, 'pagefind/pagefind.zh_1.pf_meta'));
  expect(verifySite(dir).problems).toEqual(['search index (zh): no pagefind/pagefind.zh_1.pf_meta']);
  rmSync(path.join(dir, 'pagefind/pagefind-entry.json'));
  expect(verifySite(dir).problems).toEqual(['search index: no pagefind/pagefind-entry.json']);
});

test('no sitemap', () => {
  rmSync(path.join(dir, 'sitemap.xml'));
  expect(verifySite(dir).problems).toContain('no sitemap.xml, or it lists no page');
});

test('a symbolic link anywhere in the build, whatever it points at (servers must not follow one out)', () => {
  symlinkSync('/etc', path.join(dir, 'etcdir'));
  symlinkSync('index.html', path.join(dir, 'zh-hans/copy.html'));
  symlinkSync('/nowhere', path.join(dir, 'share/broken.png'));
  expect(verifySite(dir).problems).toEqual([
    'etcdir: a symbolic link (→ /etc); a build holds files and folders only',
    'share/broken.png: a symbolic link (→ /nowhere); a build holds files and folders only',
    'zh-hans/copy.html: a symbolic link (→ index.html); a build holds files and folders only',
  ]);
});
