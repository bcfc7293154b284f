import type { HeaderRule } from '../site-rules';

/**
 * The rules as a `_headers` file (Netlify; Cloudflare Pages reads the same format): a path line, then its
 * headers indented. `npm start` reads this file back (parseHeadersFile), so it serves what the hosts serve.
 */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(
    (rule) =>
      `${rule.path}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}\n`)
        .join('')}`,
  );
  return `# Written by npm run build from lib/headers (docs/decisions.md, "Served like production").\n${blocks.join('')}`;
}

/** Read a `_headers` file written by headersFile (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}
