import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteRules } from '@/lib/headers/site-rules';
import { headersFile } from '@/lib/headers/writers/netlify';
import { acceptedEncodings } from '@/lib/serve/accept-encoding';
import { sitePathOf } from '@/lib/serve/request-path';
import { startSiteServer } from '@/lib/serve/site-server';

describe('request paths', () => {
  test('malformed or escaping paths name nothing', () => {
    expect(sitePathOf('/zh-hans/a%20b/?q=1')).toBe('/zh-hans/a b/');
    for (const bad of [
      '*',
      'http://x/',
      '/%00',
      '/a/%zz',
      '/%E4%B8',
      '/../x',
      '/a/%2e%2e/b',
      '/a\\b',
      '//x',
      `/${'a'.repeat(256)}`,
    ])
      expect(sitePathOf(bad), bad).toBeUndefined();
    expect(sitePathOf(`/${'a'.repeat(255)}`)).toBeDefined();
  });
  test('Accept-Encoding', () => {
    expect([...acceptedEncodings('gzip, deflate, br')].sort()).toEqual(['br', 'gzip']);
    expect([...acceptedEncodings('br;q=0, gzip')]).toEqual(['gzip']);
    expect([...acceptedEncodings('*;q=0.5, gzip;q=0')]).toEqual(['br']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
    expect([...acceptedEncodings('identity')]).toEqual([]);
  });
});

describe('the server', () => {
  let project: string;
  let server: Server;
  let port: number;
  const build = (name: string, marker: string) => {
    const dir = path.join(project, name);
    const write = (file: string, text: string | Buffer) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    };
    write('index.html', `<p>${marker}</p><script>go()</script>`);
    write('index.html.gz', gzipSync(`<p>${marker}</p><script>go()</script>`));
    write('404.html', '<p>not found</p><script>nf()</script>');
    write('zh-hans/index.html', '<p>zh</p>');
    write('_next/static/a.js', 'a()');
    write('_headers', headersFile(siteRules(dir)));
    return dir;
  };
  const link = (target: string) => {
    symlinkSync(target, path.join(project, 'out.next'));
    renameSync(path.join(project, 'out.next'), path.join(project, 'out'));
  };
  const get = (method: string, url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
      (resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
          let body = '';
          res.setEncoding('latin1');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end();
      },
    );

  beforeAll(async () => {
    project = mkdtempSync(path.join(tmpdir(), 'site-server-'));
    build('b1', 'first');
    link('b1');
    server = await startSiteServer({ siteDir: path.join(project, 'out'), host: '127.0.0.1', port: 0 });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(project, { recursive: true, force: true });
  });

  test('listens on loopback only', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  test('a page with its headers; the precompressed copy when accepted, with Vary', async () => {
    const plain = await get('GET', '/');
    expect(plain.status).toBe(200);
    expect(plain.body).toContain('first');
    expect(plain.headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
    expect(plain.headers['x-content-type-options']).toBe('nosniff');
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gz = await get('GET', '/', { 'Accept-Encoding': 'gzip, br' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.etag).not.toBe(plain.headers.etag);
    const again = await get('GET', '/', { 'If-None-Match': String(plain.headers.etag) });
    expect(again.status).toBe(304);
    expect((await get('GET', '/_next/static/a.js')).headers['cache-control']).toContain('immutable');
  });

  test('unknown, malformed and config paths: the 404 page, status 404, never 500', async () => {
    for (const url of [
      '/nope/',
      '/%00',
      '/a%00b',
      `/${'x'.repeat(300)}`,
      '/%zz',
      '/../etc/passwd',
      '/_next/',
      '/_next/static/',
      '/_headers',
      '/404',
      '*',
    ]) {
      const response = await get('GET', url);
      expect(response.status, url).toBe(404);
      expect(response.body, url).toContain('not found');
      expect(response.headers['content-security-policy'], url).toContain("'sha256-");
    }
    const head = await get('HEAD', '/nope/');
    expect(head.status).toBe(404);
    expect(head.body).toBe('');
  });

  test('a folder moves to its page; other methods 405 with Allow', async () => {
    const moved = await get('GET', '/zh-hans?a=1');
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/zh-hans/?a=1');
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS']) {
      const response = await get(method, '/');
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });

  test('serves the build out links to now, from the next request on', async () => {
    expect((await get('GET', '/')).body).toContain('first');
    build('b2', 'second');
    link('b2');
    expect((await get('GET', '/')).body).toContain('second');
  });
});
