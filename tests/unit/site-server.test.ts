import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteRules } from '@/lib/headers/site-rules';
import { headersFile } from '@/lib/headers/writers/netlify';
import { acceptedEncodings } from '@/lib/serve/accept-encoding';
import { sitePathOf } from '@/lib/serve/request-path';
import { originForm, serverLimits, startSiteServer } from '@/lib/serve/site-server';

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
    // Names and parameters trimmed, any case; q=0 refuses a coding, also one `*` would accept.
    expect([...acceptedEncodings('*, br ; q=0')]).toEqual(['gzip']);
    expect([...acceptedEncodings(' gzip , BR;Q=0')]).toEqual(['gzip']);
    expect([...acceptedEncodings('br;q=0.000, gzip;q=0.001')]).toEqual(['gzip']);
    expect([...acceptedEncodings('br; q = 0')]).toEqual([]);
    expect([...acceptedEncodings('*;q=0, gzip')]).toEqual(['gzip']);
  });
  test('an absolute-form target is its path', () => {
    expect(originForm('http://localhost:3000/zh-hans/?q=1')).toBe('/zh-hans/?q=1');
    expect(originForm('HTTPS://example.org')).toBe('/');
    expect(originForm('http://x?y')).toBe('/?y');
    expect(originForm('/a/')).toBe('/a/');
    expect(originForm('*')).toBe('*');
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
    // If-Modified-Since: the Last-Modified sent or later is not modified; earlier or in the future is.
    const modified = String(plain.headers['last-modified']);
    expect((await get('GET', '/', { 'If-Modified-Since': modified })).status).toBe(304);
    expect((await get('GET', '/', { 'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(200);
    expect(
      (await get('GET', '/', { 'If-Modified-Since': new Date(Date.now() + 86_400_000).toUTCString() })).status,
    ).toBe(200);
    expect((await get('GET', '/', { 'If-None-Match': '*' })).status).toBe(304);
    expect((await get('GET', '/nope/', { 'If-None-Match': '*' })).status).toBe(404);
    expect((await get('GET', '/index.html.gz')).status).toBe(404);
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

describe('limits', () => {
  let dir: string;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'site-limits-'));
    writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(path.join(dir, '404.html'), '<p>not found</p>');
    server = await startSiteServer({
      siteDir: dir,
      host: '127.0.0.1',
      port: 0,
      headersTimeout: 600,
      maxConnections: 2,
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  /** Open a connection, write `text`, resolve with what came back and when the server closed it. */
  const open = (text: string) =>
    new Promise<{ socket: Socket; closed: Promise<{ data: string; after: number }> }>((resolve) => {
      const started = performance.now();
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(text);
        resolve({ socket, closed });
      });
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
      socket.on('error', () => {});
      const closed = new Promise<{ data: string; after: number }>((done) =>
        socket.on('close', () => done({ data, after: performance.now() - started })),
      );
    });

  test('the defaults: a request head within 15 s, 1,024 connections', () => {
    expect(serverLimits).toEqual({ headersTimeout: 15_000, maxConnections: 1024 });
  });
  test('a head not finished in time: 408 and the connection closed', async () => {
    const slow = await open('GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    const { data, after } = await slow.closed;
    expect(data).toMatch(/^HTTP\/1\.1 408 /);
    expect(after).toBeGreaterThan(500);
    expect(after).toBeLessThan(2_500);
  });
  test('connections over the cap are closed at once', async () => {
    const held = [await open('GET / HTTP/1.1\r\nHost: x\r\n'), await open('GET / HTTP/1.1\r\nHost: x\r\n')];
    const third = await open('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const { data, after } = await third.closed;
    expect(data).toBe('');
    expect(after).toBeLessThan(400);
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map(({ closed }) => closed));
    await new Promise((done) => setTimeout(done, 100));
  });
  test('HTTP/1.2 and HTTP/3.0 request lines: 505', async () => {
    for (const version of ['1.2', '3.0']) {
      const { closed } = await open(`GET / HTTP/${version}\r\nHost: x\r\n\r\n`);
      expect((await closed).data, version).toMatch(/^HTTP\/1\.1 505 /);
    }
  });
});
