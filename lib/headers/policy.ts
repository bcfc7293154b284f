/**
 * What the site's HTTP headers say, in one place (docs/decisions.md, "Served like production"). The build
 * turns these into per-path rules (site-rules.ts) and writes them for each host (writers/); `npm start`
 * applies the same rules (lib/serve/).
 */

import { searchIndexes } from '../search/config';

/** Headers on every response. `frame-ancestors 'none'` is in each page's CSP; X-Frame-Options for old browsers. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  // Features a reading site never uses, off for the page and anything it could embed. Only features every
  // current Chromium knows: an unknown one is a console warning on every page.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'camera=()',
    'display-capture=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'usb=()',
  ].join(', '),
};

/**
 * HTTP Strict Transport Security for a site served over HTTPS: browsers that have seen it use HTTPS for the
 * host and its subdomains for two years. Not `preload`: that asks browsers to ship the domain in their
 * lists, a decision for the domain's owner that cannot be taken back quickly.
 */
export const hsts = 'max-age=63072000; includeSubDomains';

/**
 * The transport headers of a build for `SITE_URL`: HSTS when the site is served over HTTPS
 * (`SITE_URL=https://…`), unless `SITE_HSTS=off` (a host that sends its own, or HTTPS not yet on every
 * subdomain). Over HTTP a browser ignores HSTS, so none is written.
 */
export function transportHeaders(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const setting = env.SITE_HSTS?.trim();
  if (setting !== undefined && setting !== '' && setting !== 'off')
    throw new Error(`SITE_HSTS must be "off" or unset, not "${setting}"`);
  const url = env.SITE_URL?.trim();
  if (setting === 'off' || !url || !URL.canParse(url) || new URL(url).protocol !== 'https:') return {};
  return { 'Strict-Transport-Security': hsts };
}

/** Cache policies by kind of file. */
export const cachePolicies = {
  /** A name that changes when the content does (`/_next/static/…`, `/_islands/islands.<hash>.js`). */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else (pages, feeds, sitemap, search index, share images): cached, asked again each time. */
  revalidate: 'public, max-age=0, must-revalidate',
  /**
   * The service worker's script (`/sw.js`): never taken from a cache without asking, so a new build's worker
   * is found on the next check (the browser also caps a worker script's freshness at a day).
   */
  serviceWorker: 'no-cache',
} as const;
export type CachePolicy = keyof typeof cachePolicies;

/** The service worker's script, at the root so that its scope is the whole site (lib/offline/). */
export const serviceWorkerPath = '/sw.js';

/** Folders (URL prefixes) whose files are named by their content. */
export const immutablePrefixes: readonly string[] = ['/_next/static/', '/_islands/'];

/** Folders (URL prefixes) holding a Web Worker's script: they get csp.ts's workerPolicy (every search bundle). */
export const workerPrefixes: readonly string[] = Object.values(searchIndexes).map((index) => index.base);

/**
 * Files the build writes into the site for the hosts that read them there, not for readers: `_headers`
 * (Netlify, Cloudflare Pages), `vercel.json`, and the nginx includes. Servers answer 404 for them.
 */
export const configFiles = { netlify: '_headers', vercel: 'vercel.json', nginxDir: '_nginx' } as const;

/** URL path of one of the config files (or inside the nginx folder): not served. */
export function isConfigPath(urlPath: string): boolean {
  return (
    urlPath === `/${configFiles.netlify}` ||
    urlPath === `/${configFiles.vercel}` ||
    urlPath === `/${configFiles.nginxDir}` ||
    urlPath.startsWith(`/${configFiles.nginxDir}/`)
  );
}
