/**
 * The site served like production (docs/decisions.md, "Served like production"), run against `npm run
 * serve`'s server (project desktop) and against nginx configured by the build's includes (project nginx):
 * every page's headers (its CSP hashes exactly its inline scripts), caching by kind of file, no listings,
 * the 404 page for unknown and malformed paths, GET and HEAD only, precompressed responses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { cachePolicies, securityHeaders } from '@/lib/headers/policy';
import { inlineScriptHashes } from '@/lib/headers/script-hashes';
import { builtPages, fileFor, outDir } from '../site/built-site';
import { exchange, originOf, raw } from './raw-http';

// Runs in the `desktop` project (npm run serve's server) and the `nginx` project; the `mobile` project
// only runs tests tagged @mobile, and headers do not depend on the device.

const essay = '/zh-hans/articles/ai-race-002/';
const notFoundMarker = 'id="not-found-variant"';
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : (value ?? ''));

test('every page: the security headers, revalidated caching, and a CSP with exactly its inline scripts', async ({}, info) => {
  test.setTimeout(120_000);
  const origin = originOf(info);
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(90);
  for (const page of pages) {
    const response = await raw(origin, 'GET', page);
    expect(response.status, page).toBe(200);
    for (const [name, value] of Object.entries(securityHeaders))
      expect(one(response.headers[name.toLowerCase()]), `${page} ${name}`).toBe(value);
    expect(one(response.headers['cache-control']), page).toBe(cachePolicies.revalidate);
    // What it sends is the built file, byte for byte (so the metadata checks on the files hold for it).
    expect(response.body.equals(readFileSync(fileFor(page)!)), `${page} is the built file`).toBe(true);
    const csp = one(response.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    const hashes = [...scriptSrc.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]);
    expect(hashes, page).toEqual(inlineScriptHashes(response.body.toString('utf8')));
    expect(hashes.length, `${page} has inline scripts`).toBeGreaterThan(0);
    expect(scriptSrc.includes("'wasm-unsafe-eval'"), page).toBe(/^\/[^/]+\/search\/$/.test(page));
    expect(csp, page).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"])
      expect(csp, page).toContain(directive);
  }
});

test('caching by kind: content-named files for a year, everything else revalidated', async ({}, info) => {
  const origin = originOf(info);
  const html = readFileSync(path.join(outDir, 'zh-hans/articles/ai-race-002/index.html'), 'utf8');
  const stylesheet = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)![1]!;
  const islands = html.match(/src="(\/_islands\/islands\.[^"]+\.js)"/)![1]!;
  const expected: [string, string][] = [
    [stylesheet, cachePolicies.immutable],
    [islands, cachePolicies.immutable],
    ['/pagefind/pagefind-entry.json', cachePolicies.revalidate],
    ['/pagefind/pagefind.js', cachePolicies.revalidate],
    ['/share/zh-hans/home.png', cachePolicies.revalidate],
    ['/zh-hans/feed.xml', cachePolicies.revalidate],
    ['/sitemap.xml', cachePolicies.revalidate],
    ['/robots.txt', cachePolicies.revalidate],
    ['/zh-hans/manifest.webmanifest', cachePolicies.revalidate],
    // The service worker is asked for again every time: a new build's worker is found at once.
    ['/sw.js', cachePolicies.serviceWorker],
  ];
  for (const [url, policy] of expected) {
    const response = await raw(origin, 'GET', url);
    expect(response.status, url).toBe(200);
    expect(one(response.headers['cache-control']), url).toBe(policy);
    expect(one(response.headers['x-content-type-options']), url).toBe('nosniff');
  }
});

test('EPUB books: application/epub+zip, revalidated, sent as built (a zip is never precompressed)', async ({}, info) => {
  const origin = originOf(info);
  for (const url of [
    '/zh-hk/articles/ai-race-002/ai-race-002-zh-hk.epub',
    '/zh-hans/articles/ai-race-002/bilingual/ai-race-002-zh-hans-bilingual.epub',
    '/en/ai-and-work-en.epub',
  ]) {
    const response = await raw(origin, 'GET', url, { 'Accept-Encoding': 'br, gzip' });
    expect(response.status, url).toBe(200);
    expect(one(response.headers['content-type']), url).toBe('application/epub+zip');
    expect(one(response.headers['cache-control']), url).toBe(cachePolicies.revalidate);
    expect(one(response.headers['content-encoding']), url).toBe('');
    expect(response.body.equals(readFileSync(fileFor(url)!)), `${url} is the built file`).toBe(true);
  }
});

test('vocabularies: TSV and CSV as UTF-8 text/tab-separated-values and text/csv, revalidated, precompressed', async ({}, info) => {
  const origin = originOf(info);
  for (const [url, type] of [
    ['/zh-hk/articles/ai-race-002/vocabulary/ai-race-002-zh-hk-vocabulary.tsv', 'text/tab-separated-values'],
    ['/zh-hans/articles/ai-race-002/vocabulary/ai-race-002-zh-hans-vocabulary.csv', 'text/csv'],
  ] as const) {
    const plain = await raw(origin, 'GET', url);
    expect(plain.status, url).toBe(200);
    expect(one(plain.headers['content-type']).replace(/\s+/g, '').toLowerCase(), url).toBe(`${type};charset=utf-8`);
    expect(one(plain.headers['cache-control']), url).toBe(cachePolicies.revalidate);
    expect(plain.body.equals(readFileSync(fileFor(url)!)), `${url} is the built file`).toBe(true);
    const compressed = await raw(origin, 'GET', url, { 'Accept-Encoding': 'gzip' });
    expect(one(compressed.headers['content-encoding']), url).toBe('gzip');
    expect(gunzipSync(compressed.body).equals(plain.body), `${url}: the same file, gzipped`).toBe(true);
  }
});

test('no folder listings, no config files: the 404 page with status 404', async ({}, info) => {
  const origin = originOf(info);
  for (const url of ['/_next/', '/_next/static/', '/pagefind/', '/share/', '/zh-hans/articles/', '/_islands/']) {
    const response = await raw(origin, 'GET', url);
    expect(response.status, url).toBe(404);
    expect(response.body.toString('utf8'), url).toContain(notFoundMarker);
    expect(response.body.toString('utf8'), url).not.toMatch(/Index of|Files within/);
  }
  for (const url of ['/_headers', '/vercel.json', '/_nginx/server.conf', '/_nginx/http.conf', '/_nginx/'])
    expect((await raw(origin, 'GET', url)).status, url).toBe(404);
});

test('unknown and malformed paths: 404 (or 400), never a 5xx; /404 and /_not-found/ are not pages', async ({}, info) => {
  const origin = originOf(info);
  const long = 'a'.repeat(300);
  const odd = [
    '/zh-hans/%00',
    '/zh-hans/a%00b/',
    `/zh-hans/${long}`,
    `/zh-hans/${long}/`,
    '/zh-hans/%zz',
    '/zh-hans/%E4%B8',
    '/zh-hans/..%2f..%2fpackage.json',
    '/../../etc/passwd',
    '/nope/',
    '/404',
    '/404/',
    '/_not-found/',
  ];
  for (const url of odd) {
    const response = await raw(origin, 'GET', url);
    expect([400, 404], `${url} answered ${response.status}`).toContain(response.status);
  }
  for (const url of ['/nope/', '/404', '/_not-found/', `/zh-hans/${long}`, '/zh-hans/%00']) {
    const response = await raw(origin, 'GET', url);
    if (response.status === 400) continue;
    expect(response.body.toString('utf8'), url).toContain(notFoundMarker);
    // The 404 page runs its own inline script: its CSP allows it.
    expect(one(response.headers['content-security-policy']), url).toContain("'sha256-");
  }
  const folder = await raw(origin, 'GET', '/zh-hans?x=1');
  expect(folder.status).toBe(301);
  expect(one(folder.headers.location)).toMatch(/^(http:\/\/[^/]+)?\/zh-hans\/\?x=1$/);
});

test('GET and HEAD only: other methods get 405 with Allow', async ({}, info) => {
  const origin = originOf(info);
  const head = await raw(origin, 'HEAD', essay);
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
  expect(one(head.headers['content-security-policy'])).toContain("'sha256-");
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
    const response = await raw(origin, method, essay);
    expect(response.status, method).toBe(405);
    if (method !== 'TRACE') expect(one(response.headers.allow), method).toBe('GET, HEAD');
  }
});

test('precompressed: brotli or gzip as the client accepts, the build’s own files, with Vary', async ({}, info) => {
  const origin = originOf(info);
  const file = fileFor(essay)!;
  const plain = readFileSync(file);
  const cases: [string, string | undefined][] = [
    ['gzip, deflate, br', 'br'],
    ['br;q=1.0, gzip;q=0.5', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ];
  const decoders: Record<string, (b: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };
  // Debian's brotli_static module (1.0.0~rc) now and then declines a request that accepts br (never
  // reproduced alone in 8,000 requests; CI saw gzip for "gzip, deflate, br" once and the plain file for "br"
  // once); gzip_static or the file itself then answers, which is still correct for the client. Under nginx a
  // br case may get that fallback, checked just as strictly, but one answer at least must be br (two of three
  // were required until two fresh-clone runs in a row met the fallback twice in one test, then passed on the
  // retry); npm run serve's server is held to br every time.
  const nginx = info.project.name === 'nginx';
  let brotli = 0;
  for (const [accept, expected] of cases) {
    const response = await raw(origin, 'GET', essay, accept ? { 'Accept-Encoding': accept } : {});
    expect(response.status).toBe(200);
    const got = response.headers['content-encoding'];
    if (got === 'br') brotli += 1;
    const fallbacks = nginx && expected === 'br' ? ['gzip', undefined] : [];
    expect([expected, ...fallbacks], accept).toContain(got);
    expect(one(response.headers.vary), accept).toMatch(/Accept-Encoding/i);
    const decode = got ? decoders[String(got)]! : (b: Buffer) => b;
    expect(decode(response.body).equals(plain), accept).toBe(true);
    if (got) {
      const copy = readFileSync(`${file}.${got === 'gzip' ? 'gz' : 'br'}`);
      expect(response.body.equals(copy), `${accept}: the file the build wrote`).toBe(true);
    }
  }
  const entry = await raw(origin, 'GET', '/pagefind/pagefind-entry.json', { 'Accept-Encoding': 'br' });
  if (entry.headers['content-encoding'] === 'br') brotli += 1;
  else
    expect(
      nginx && entry.headers['content-encoding'] === undefined,
      'pagefind-entry.json: br or (nginx) the file',
    ).toBe(true);
  expect(brotli, 'answers in br').toBeGreaterThanOrEqual(nginx ? 1 : 3);
});

// HTTP edges (issue 30, point 5): both servers answer them alike.

test('Accept-Encoding: coding names trimmed, q=0 refuses a coding, also next to *', async ({}, info) => {
  const origin = originOf(info);
  for (const accept of ['*, br ; q=0', 'gzip, br ;q=0', 'br; q=0, gzip', 'br;q=0.000, gzip']) {
    const response = await raw(origin, 'GET', essay, { 'Accept-Encoding': accept });
    expect(response.status, accept).toBe(200);
    expect(response.headers['content-encoding'], accept).not.toBe('br');
  }
  for (const accept of ['gzip ;q=0, br', 'gzip;q=0 , br ;q=0.5']) {
    const response = await raw(origin, 'GET', essay, { 'Accept-Encoding': accept });
    if (info.project.name === 'nginx') {
      // Debian's brotli_static module (1.0.0~rc) reads a coding with a space before its `;q=` by chance:
      // the same request gets br or the plain file from one run to the next (seen in 7 of 8 runs). Both
      // are correct for the reader (the plain file is always acceptable); gzip, which was refused, is not.
      expect([undefined, 'br'], accept).toContain(response.headers['content-encoding']);
    } else expect(response.headers['content-encoding'], accept).toBe('br');
  }
  const gzip = await raw(origin, 'GET', essay, { 'Accept-Encoding': ' gzip ' });
  expect(gzip.headers['content-encoding']).toBe('gzip');
});

test('conditional requests: If-None-Match (also *) and If-Modified-Since, with Last-Modified', async ({}, info) => {
  const origin = originOf(info);
  const first = await raw(origin, 'GET', essay);
  const modified = one(first.headers['last-modified']);
  expect(new Date(modified).getTime()).toBeGreaterThan(0);
  expect(one(first.headers.etag)).not.toBe('');
  expect((await raw(origin, 'GET', essay, { 'If-None-Match': one(first.headers.etag) })).status).toBe(304);
  const any = await raw(origin, 'GET', essay, { 'If-None-Match': '*' });
  expect(any.status).toBe(304);
  expect(any.body.length).toBe(0);
  expect((await raw(origin, 'GET', '/nope/', { 'If-None-Match': '*' })).status).toBe(404);
  expect((await raw(origin, 'GET', essay, { 'If-None-Match': '"other"' })).status).toBe(200);
  const since = await raw(origin, 'GET', essay, { 'If-Modified-Since': modified });
  expect(since.status).toBe(304);
  expect(one(since.headers['cache-control'])).toBe(cachePolicies.revalidate);
  const older = new Date(new Date(modified).getTime() - 86_400_000).toUTCString();
  expect((await raw(origin, 'GET', essay, { 'If-Modified-Since': older })).status).toBe(200);
  expect((await raw(origin, 'GET', essay, { 'If-Modified-Since': 'not a date' })).status).toBe(200);
  const future = new Date(Date.now() + 86_400_000).toUTCString();
  expect((await raw(origin, 'GET', essay, { 'If-Modified-Since': future })).status).toBe(200);
  // If-None-Match wins over If-Modified-Since.
  expect((await raw(origin, 'GET', essay, { 'If-None-Match': '"other"', 'If-Modified-Since': modified })).status).toBe(
    200,
  );
});

test('request lines and Host: absolute-form served like its path, two Hosts 400, HTTP/2.0 505', async ({}, info) => {
  const origin = originOf(info);
  const host = new URL(origin).host;
  const absolute = await exchange(
    origin,
    `GET http://${host}${essay} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
  );
  expect(absolute.status).toBe(200);
  expect(absolute.text).toContain('<html');
  const twoHosts = await exchange(
    origin,
    `GET ${essay} HTTP/1.1\r\nHost: ${host}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`,
  );
  expect(twoHosts.status).toBe(400);
  const http2 = await exchange(origin, `GET ${essay} HTTP/2.0\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  expect(http2.status).toBe(505);
});

test('the precompressed copies are not addressable: 404, like any file the site does not have', async ({}, info) => {
  const origin = originOf(info);
  for (const url of ['/index.html.br', '/index.html.gz', `${essay}index.html.br`, '/sitemap.xml.gz']) {
    const response = await raw(origin, 'GET', url);
    expect(response.status, url).toBe(404);
    expect(response.body.toString(), url).toContain(notFoundMarker);
  }
});

test('a request head not finished within ~15 s closes the connection', async ({}, info) => {
  test.setTimeout(60_000);
  const origin = originOf(info);
  const host = new URL(origin).host;
  const slow = await exchange(origin, `GET ${essay} HTTP/1.1\r\nHost: ${host}\r\nX-Slow: `, 40_000);
  expect(slow.closedAfter).toBeGreaterThan(14_000);
  expect(slow.closedAfter).toBeLessThan(25_000);
  expect(slow.text).not.toContain(' 200 ');
});
