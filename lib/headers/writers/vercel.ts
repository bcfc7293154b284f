import type { HeaderRule } from '../site-rules';

/**
 * The rules as `vercel.json` (deploying the built folder: `vercel deploy out`). A path ending in `*`
 * becomes path-to-regexp's `(.*)`.
 */
export function vercelConfig(rules: readonly HeaderRule[]): string {
  const config = {
    trailingSlash: true,
    headers: rules.map((rule) => ({
      source: rule.path.endsWith('*') ? `${rule.path.slice(0, -1)}(.*)` : rule.path,
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
