import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles, pagePathOf, urlPathOf } from '../static-export/pages';
import { searchPath } from '../site';
import { variantIds } from '../site/variants';
import { assetPolicy, contentSecurityPolicy, serviceWorkerPolicy, workerPolicy } from './csp';
import {
  cachePolicies,
  immutablePrefixes,
  isConfigPath,
  securityHeaders,
  serviceWorkerPath,
  transportHeaders,
  workerPrefixes,
} from './policy';
import { inlineScriptHashes } from './script-hashes';
import { contentTypeOf } from '../serve/content-types';

/** Types a host may not know by the extension: the EPUB books, the vocabularies' TSV and CSV. */
const typed = /\.(epub|tsv|csv)$/;

/**
 * One header rule, as static hosts write them: `path` is exact (`/zh-hans/`) or a prefix ending in `*`
 * (`/_next/static/*`). Every rule whose path matches a request applies; the rules are made so that no two
 * matching rules set the same header (Netlify and Cloudflare join repeated values with commas).
 */
export interface HeaderRule {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Does a rule's path match a URL path? */
export const ruleMatches = (rule: string, urlPath: string) =>
  rule.endsWith('*') ? urlPath.startsWith(rule.slice(0, -1)) : rule === urlPath;

/** The headers for a URL path: every matching rule's, merged. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) if (ruleMatches(rule.path, urlPath)) Object.assign(headers, rule.headers);
  return headers;
}

/** Every file of a site folder as a URL path (`/zh-hans/feed.xml`), precompressed copies left out. */
export function siteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name))
    .map((entry) => `/${path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .filter((urlPath) => !isConfigPath(urlPath))
    .sort();
}

/** The pages that run Pagefind: `'wasm-unsafe-eval'` there only. */
const pagefindPages: ReadonlySet<string> = new Set(variantIds.map((id) => searchPath(id)));

/**
 * The header rules of a built site, from its files: security headers everywhere; each page its own CSP
 * (the hashes of its inline scripts) and the revalidating cache policy; content-named folders immutable;
 * folders without pages (search index, share images) and every other file revalidating; the search index's
 * folder the policy of the Web Worker it runs (csp.ts); HSTS everywhere when `env`'s SITE_URL is https
 * (policy.ts); the service worker's script never cached without asking, with its own policy. Throws unless every
 * file has exactly one rule with a Cache-Control.
 */
export function siteRules(
  siteDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): HeaderRule[] {
  const revalidate = { 'Cache-Control': cachePolicies.revalidate, 'Content-Security-Policy': assetPolicy };
  const rules: HeaderRule[] = [{ path: '/*', headers: { ...securityHeaders, ...transportHeaders(env) } }];
  const files = siteFiles(siteDir);
  for (const prefix of immutablePrefixes)
    if (files.some((f) => f.startsWith(prefix)))
      rules.push({
        path: `${prefix}*`,
        headers: { 'Cache-Control': cachePolicies.immutable, 'Content-Security-Policy': assetPolicy },
      });
  const pages = new Set<string>();
  for (const file of htmlFiles(siteDir)) {
    const urlPath = urlPathOf(file);
    pages.add(`/${file}`);
    const scripts = {
      hashes: inlineScriptHashes(readFileSync(path.join(siteDir, file), 'utf8')),
      wasm: pagefindPages.has(urlPath),
    };
    rules.push({
      path: urlPath,
      headers: { 'Cache-Control': cachePolicies.revalidate, 'Content-Security-Policy': contentSecurityPolicy(scripts) },
    });
  }
  if (files.includes(serviceWorkerPath))
    rules.push({
      path: serviceWorkerPath,
      headers: { 'Cache-Control': cachePolicies.serviceWorker, 'Content-Security-Policy': serviceWorkerPolicy },
    });
  const covered = (f: string) => rules.some((r) => r.headers['Cache-Control'] && ruleMatches(r.path, f));
  const rest = files.filter((f) => !pages.has(f) && !covered(f));
  // A top-level folder with no page in it gets one rule; other files one each.
  const pageFolders = new Set([...pages].map((p) => p.split('/')[1]));
  for (const folder of new Set(rest.filter((f) => f.indexOf('/', 1) > 0).map((f) => f.split('/')[1]!)))
    if (!pageFolders.has(folder)) {
      const worker = workerPrefixes.includes(`/${folder}/`);
      rules.push({
        path: `/${folder}/*`,
        headers: worker ? { ...revalidate, 'Content-Security-Policy': workerPolicy } : revalidate,
      });
    }
  // A book's or a vocabulary's type for hosts that do not know the extension (the node server and nginx set
  // it themselves too).
  for (const file of rest.filter((f) => !covered(f)))
    rules.push({
      path: file,
      headers: typed.test(file) ? { ...revalidate, 'Content-Type': contentTypeOf(file) } : revalidate,
    });

  for (const file of files) {
    const asPage = pagePathOf(file);
    const caching = rules.filter((r) => r.headers['Cache-Control'] && ruleMatches(r.path, asPage));
    if (caching.length !== 1)
      throw new Error(`${file}: ${caching.length} cache rules (${caching.map((r) => r.path).join(', ')})`);
  }
  return rules;
}
