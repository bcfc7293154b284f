import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assetPolicy, contentSecurityPolicy, serviceWorkerPolicy } from '@/lib/headers/csp';
import { cachePolicies, hsts, isConfigPath, securityHeaders } from '@/lib/headers/policy';
import { inlineScriptHashes } from '@/lib/headers/script-hashes';
import { headersFor, siteRules } from '@/lib/headers/site-rules';
import { headersFile, parseHeadersFile } from '@/lib/headers/writers/netlify';
import { nginxIncludes } from '@/lib/headers/writers/nginx';
import { vercelConfig } from '@/lib/headers/writers/vercel';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inline script hashes', () => {
  test('every executable inline script, as the browser parses it; not external or data scripts', () => {
    const html = `<!doctype html><html><head><script id="a">var a = "&amp;</b>";</script>
      <script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>
      <script type="module">import "/y.js"</script><script type="text/javascript">b()</script>
      <script>b()</script></head><body></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha('var a = "&amp;</b>";'), sha('import "/y.js"'), sha('b()')].sort());
  });
});

describe('the policy', () => {
  test('scripts by hash only, WebAssembly only where asked, no unsafe-inline for scripts', () => {
    const csp = contentSecurityPolicy({ hashes: ['sha256-abc'], wasm: false });
    expect(csp).toMatch(/^script-src 'self' 'sha256-abc'; /);
    expect(csp).not.toContain('wasm-unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(contentSecurityPolicy({ hashes: [], wasm: true })).toMatch(/^script-src 'self' 'wasm-unsafe-eval';/);
  });
  test('config files are not part of the site', () => {
    for (const p of ['/_headers', '/vercel.json', '/_nginx/http.conf', '/_nginx']) expect(isConfigPath(p)).toBe(true);
    for (const p of ['/', '/_headers/', '/vercel.json.gz', '/zh-hans/_headers']) expect(isConfigPath(p)).toBe(false);
  });
});

describe('rules of a built site', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'headers-'));
    write('index.html', '<script>one()</script>');
    write('404.html', '<script>four()</script>');
    write('zh-hans/index.html', '<p>no script</p>');
    write('zh-hans/search/index.html', '<script>s()</script>');
    write('zh-hans/feed.xml', '<rss/>');
    write('zh-hans/index.html.gz', 'x');
    write('_next/static/chunks/a1.js', 'a');
    write('_islands/islands.abc.js', 'i');
    write('pagefind/pagefind-entry.json', '{}');
    write('pagefind/fragment/zh_1.pf_fragment', 'f');
    write('sitemap.xml', '<urlset/>');
    write('sw.js', 'self');
    write('zh-hans/manifest.webmanifest', '{}');
    write('_headers', 'old');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('each page its own CSP; every file one cache policy; security headers everywhere', () => {
    const rules = siteRules(dir);
    const at = (p: string) => headersFor(rules, p);
    expect(at('/')['Content-Security-Policy']).toContain(`'${sha('one()')}'`);
    expect(at('/zh-hans/')['Content-Security-Policy']).toMatch(/^script-src 'self'; /);
    expect(at('/zh-hans/search/')['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
    expect(at('/')['Content-Security-Policy']).not.toContain("'wasm-unsafe-eval'");
    expect(at('/404.html')['Content-Security-Policy']).toContain(`'${sha('four()')}'`);
    expect(at('/_next/static/chunks/a1.js')['Cache-Control']).toBe(cachePolicies.immutable);
    expect(at('/_islands/islands.abc.js')['Cache-Control']).toBe(cachePolicies.immutable);
    for (const p of [
      '/',
      '/zh-hans/feed.xml',
      '/pagefind/pagefind-entry.json',
      '/pagefind/fragment/zh_1.pf_fragment',
      '/sitemap.xml',
    ])
      expect(at(p)['Cache-Control'], p).toBe(cachePolicies.revalidate);
    expect(at('/zh-hans/feed.xml')['Content-Security-Policy']).toBe(assetPolicy);
    // The service worker: asked again every time, and allowed to fetch the files it keeps (and nothing else).
    expect(at('/sw.js')['Cache-Control']).toBe(cachePolicies.serviceWorker);
    expect(at('/sw.js')['Content-Security-Policy']).toBe(serviceWorkerPolicy);
    expect(serviceWorkerPolicy).toContain("connect-src 'self'");
    expect(at('/zh-hans/manifest.webmanifest')['Cache-Control']).toBe(cachePolicies.revalidate);
    expect(at('/zh-hans/')['Content-Security-Policy']).toContain("worker-src 'self'");
    for (const p of ['/', '/nope', '/_next/static/chunks/a1.js']) expect(at(p)).toMatchObject(securityHeaders);
    // No rule for the old `_headers` or the precompressed copies.
    expect(rules.map((r) => r.path)).not.toContain('/_headers');
    expect(rules.map((r) => r.path)).not.toContain('/zh-hans/index.html.gz');
  });

  test('written for each host, and _headers reads back as the same rules', () => {
    const rules = siteRules(dir);
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
    const vercel = JSON.parse(vercelConfig(rules)) as { headers: { source: string }[] };
    expect(vercel.headers.map((h) => h.source)).toContain('/_next/static/(.*)');
    const nginx = nginxIncludes(rules);
    expect(nginx.http).toContain(
      `"/zh-hans/search/index.html" "${headersFor(rules, '/zh-hans/search/')['Content-Security-Policy']}";`,
    );
    expect(nginx.http).toContain(`~^/_next/static/ "${cachePolicies.immutable}";`);
    expect(nginx.server).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(nginx.server).toContain('error_page 404 /404.html;');
    expect(nginx.server).not.toMatch(/autoindex on/);
  });

  test('HSTS for a site served over HTTPS, on every host format; not over HTTP, nor when turned off', () => {
    const value = 'max-age=63072000; includeSubDomains';
    expect(hsts).toBe(value);
    const formats = (env: Record<string, string | undefined>) => {
      const rules = siteRules(dir, env);
      return [headersFile(rules), vercelConfig(rules), nginxIncludes(rules).server].map((text) => text.includes(value));
    };
    expect(formats({ SITE_URL: 'https://reader.example.org' })).toEqual([true, true, true]);
    const rules = siteRules(dir, { SITE_URL: 'https://reader.example.org/' });
    for (const p of ['/', '/zh-hans/search/', '/_next/static/chunks/a1.js', '/nope'])
      expect(headersFor(rules, p)['Strict-Transport-Security'], p).toBe(value);
    expect(nginxIncludes(rules).server).toContain(`add_header Strict-Transport-Security "${value}" always;`);
    expect(formats({ SITE_URL: 'http://reader.example.org' })).toEqual([false, false, false]);
    expect(formats({})).toEqual([false, false, false]);
    expect(formats({ SITE_URL: 'https://reader.example.org', SITE_HSTS: 'off' })).toEqual([false, false, false]);
    expect(() => siteRules(dir, { SITE_URL: 'https://reader.example.org', SITE_HSTS: 'no' })).toThrow(
      /SITE_HSTS must be "off" or unset/,
    );
  });
});
