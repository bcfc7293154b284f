/**
 * A deploy build (`npm run build:deploy`, i.e. `DEPLOY=1`) must know its public address: canonical URLs,
 * hreflang, Open Graph, feeds and the sitemap are absolute against `SITE_URL`, whose default is the local
 * server (lib/views/seo.ts). Returns why this environment cannot make a deploy build, or undefined.
 */
export function deployUrlProblem(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.DEPLOY !== '1') return undefined;
  const raw = env.SITE_URL?.trim();
  const usage = 'e.g. SITE_URL=https://reader.example.org npm run build:deploy';
  if (!raw) return `a deploy build needs SITE_URL, the address readers will use (${usage})`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `SITE_URL is not a URL: ${raw} (${usage})`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL must be http(s): ${raw}`;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const local =
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\./.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::';
  if (local) return `SITE_URL points at this machine (${raw}): a deploy build needs the public address (${usage})`;
  return undefined;
}
