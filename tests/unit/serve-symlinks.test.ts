/**
 * Neither server follows a symbolic link out of the site (issue 30): a copy of a build with a link to a
 * folder or a file elsewhere answers 404, from `npm run serve`'s server and from nginx with the build's
 * includes, while `out` itself stays a link (the published build is reached through it).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { configFiles } from '@/lib/headers/policy';
import { siteRules } from '@/lib/headers/site-rules';
import { headersFile } from '@/lib/headers/writers/netlify';
import { nginxIncludes } from '@/lib/headers/writers/nginx';
import { startSiteServer } from '@/lib/serve/site-server';
import { nginxMissing, spawnNginx } from '@/scripts/lib/nginx';

const secret = 'root:SECRET-OUTSIDE-THE-SITE';

function get(port: number, url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; encoding: string | undefined; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const decoded =
          encoding === 'gzip' ? gunzipSync(bytes) : encoding === 'br' ? brotliDecompressSync(bytes) : bytes;
        resolve({ status: res.statusCode!, encoding, body: decoded.toString() });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let project: string;
let siteDir: string;

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'serve-symlinks-'));
  const outside = path.join(project, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'shadow'), secret);
  writeFileSync(path.join(outside, 'page.html'), `<p>${secret}</p>`);
  writeFileSync(path.join(outside, 'page.html.gz'), gzipSync(`<p>${secret}</p>`));
  writeFileSync(path.join(outside, 'page.html.br'), brotliCompressSync(`<p>${secret}</p>`));
  const build = path.join(project, '.builds', 'b1');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(build, file)), { recursive: true });
    writeFileSync(path.join(build, file), text);
  };
  write('index.html', '<p>home</p>');
  write('404.html', '<p>not found</p>');
  write('docs/index.html', '<p>docs</p>');
  // The rules are made before the links: the headers step never sees them (verify-site refuses them).
  const rules = siteRules(build);
  write(configFiles.netlify, headersFile(rules));
  const includes = nginxIncludes(rules);
  write(`${configFiles.nginxDir}/http.conf`, includes.http);
  write(`${configFiles.nginxDir}/server.conf`, includes.server);
  symlinkSync(outside, path.join(build, 'etcdir'));
  symlinkSync(path.join(outside, 'page.html'), path.join(build, 'leak.html'));
  symlinkSync(path.join(outside, 'page.html.gz'), path.join(build, 'docs', 'index.html.gz'));
  symlinkSync(path.join(outside, 'page.html.br'), path.join(build, 'docs', 'index.html.br'));
  // A real .br copy beside a real file is still sent (the module opens it under the same rule).
  writeFileSync(path.join(build, 'index.html.br'), brotliCompressSync('<p>home</p>'));
  symlinkSync(outside, path.join(build, 'folder'));
  // `out` links to the build, as npm run build publishes it.
  symlinkSync(path.join('.builds', 'b1'), path.join(project, 'out'));
  siteDir = path.join(project, 'out');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const cases = (port: () => number) => {
  test('a link out of the site is not followed: 404 (or 403), never the file', async () => {
    for (const url of ['/etcdir/shadow', '/leak.html', '/folder/page.html', '/folder']) {
      const response = await get(port(), url);
      expect([403, 404], url).toContain(response.status);
      expect(response.body, url).not.toContain('SECRET');
    }
  });
  test('a precompressed copy that is a link is not sent: the file itself is', async () => {
    for (const accept of ['gzip', 'br']) {
      const response = await get(port(), '/docs/', { 'Accept-Encoding': accept });
      expect(response.status, accept).toBe(200);
      expect(response.body, accept).toContain('docs');
    }
  });
  test('a real copy is sent', async () => {
    const response = await get(port(), '/', { 'Accept-Encoding': 'br' });
    expect(response.encoding).toBe('br');
    expect(response.body).toContain('home');
  });
  test('the site itself is served through the out link', async () => {
    const response = await get(port(), '/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('home');
  });
};

describe('npm run serve', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startSiteServer({ siteDir, host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server.close());
  cases(() => (server.address() as AddressInfo).port);
});

describe.skipIf(process.env.SKIP_NGINX === '1')('nginx with the build’s includes', () => {
  let nginx: ReturnType<typeof spawnNginx>;
  // A port of its own (the e2e project's is 4180, serve:nginx's 3080).
  const port = 4000 + (process.pid % 900);
  beforeAll(async () => {
    const missing = nginxMissing();
    if (missing) throw new Error(missing);
    nginx = spawnNginx(siteDir, port);
    for (let tries = 0; ; tries++) {
      if (
        await get(port, '/').then(
          () => true,
          () => false,
        )
      )
        break;
      if (tries > 100) throw new Error('nginx did not start');
      await new Promise((done) => setTimeout(done, 50));
    }
  });
  afterAll(() => nginx?.close());
  cases(() => port);
});
