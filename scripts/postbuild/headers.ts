/**
 * After the last step that changes HTML: write the site's HTTP headers (lib/headers) for the hosts —
 * `_headers` (Netlify, Cloudflare Pages), `vercel.json`, `_nginx/http.conf` and `_nginx/server.conf` —
 * and remove Next's copies of the 404 page at `/404/` and `/_not-found/` (a host would answer them 200;
 * `/404.html` is the 404 page).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configFiles } from '@/lib/headers/policy';
import { siteRules } from '@/lib/headers/site-rules';
import { headersFile } from '@/lib/headers/writers/netlify';
import { nginxIncludes } from '@/lib/headers/writers/nginx';
import { vercelConfig } from '@/lib/headers/writers/vercel';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/headers.ts');
for (const copy of ['404', '_not-found']) rmSync(path.join(outDir, copy), { recursive: true, force: true });

const rules = siteRules(outDir);
writeFileSync(path.join(outDir, configFiles.netlify), headersFile(rules));
writeFileSync(path.join(outDir, configFiles.vercel), vercelConfig(rules));
const nginx = nginxIncludes(rules);
mkdirSync(path.join(outDir, configFiles.nginxDir), { recursive: true });
writeFileSync(path.join(outDir, configFiles.nginxDir, 'http.conf'), nginx.http);
writeFileSync(path.join(outDir, configFiles.nginxDir, 'server.conf'), nginx.server);
const pages = rules.filter((r) => r.headers['Content-Security-Policy']?.includes('sha256-')).length;
console.log(
  `✓ ${rules.length} header rules (${pages} pages with hashed inline scripts) for _headers, vercel.json, nginx`,
);
