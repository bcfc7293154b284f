import { assetPolicy } from '../csp';
import { cachePolicies, configFiles } from '../policy';
import type { HeaderRule } from '../site-rules';

/**
 * The rules for nginx (Debian's nginx 1.22 with libnginx-mod-http-brotli-static), in two includes:
 *
 * - `http.conf`, in the `http` block: maps from the request's `$uri` to each page's CSP and each file's
 *   Cache-Control. A page is mapped at `/a/` and at `/a/index.html` (what `$uri` is after try_files).
 * - `server.conf`, in a `server` block that sets `root` to the site folder and `listen`: the headers, the
 *   precompressed files, the 404 page, GET and HEAD only, no listings, the config files not served.
 *
 * Every add_header is in the server block, none in a location (a location's add_header would replace them).
 */
export interface NginxIncludes {
  readonly http: string;
  readonly server: string;
}

const quote = (value: string) => {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot write to nginx: ${value}`);
  return `"${value}"`;
};

/** A map from `$uri` to a header's value; `fallback` for every path without a rule of its own. */
function map(variable: string, rules: readonly HeaderRule[], header: string, fallback: string): string {
  const lines: string[] = [];
  for (const rule of rules) {
    const value = rule.headers[header];
    if (value === undefined || value === fallback) continue;
    if (rule.path.endsWith('*')) lines.push(`  ~^${rule.path.slice(0, -1).replace(/[.]/g, '\\.')} ${quote(value)};`);
    else {
      lines.push(`  ${quote(rule.path)} ${quote(value)};`);
      if (rule.path.endsWith('/')) lines.push(`  ${quote(`${rule.path}index.html`)} ${quote(value)};`);
    }
  }
  return `map $uri ${variable} {\n  default ${quote(fallback)};\n${lines.join('\n')}\n}\n`;
}

export function nginxIncludes(rules: readonly HeaderRule[]): NginxIncludes {
  const global = rules.find((r) => r.path === '/*');
  if (!global) throw new Error('no rule for every path');
  const http = [
    '# Written by npm run build from lib/headers; include in the http block (README, "Deploy").',
    '# Page paths are long keys: a larger bucket than the default.',
    'map_hash_bucket_size 256;',
    'map_hash_max_size 8192;',
    map('$site_csp', rules, 'Content-Security-Policy', assetPolicy),
    map('$site_cache_control', rules, 'Cache-Control', cachePolicies.revalidate),
    'map $status $site_allow {\n  default "";\n  405 "GET, HEAD";\n}\n',
  ].join('\n');
  const headers = Object.entries(global.headers).map(([name, value]) => `add_header ${name} ${quote(value)} always;`);
  const server = `# Written by npm run build from lib/headers; include in a server block with root and listen (README, "Deploy").
charset utf-8;
autoindex off;
# A request's head within 15 s (nginx's default is 60 s; npm run serve's server has the same limit).
client_header_timeout 15s;
# No symbolic link is followed (a link to /etc would serve its files). Every component of a file's path
# is checked, the root's too: root must name the folder itself, never a link such as out (not
# from=$document_root: brotli_static then finds no .br file).
disable_symlinks on;
server_tokens off;
absolute_redirect off;
# The .gz and .br files the build writes beside each page, script, stylesheet and index file.
gzip_static on;
brotli_static on;
gzip_vary on;

${headers.join('\n')}
add_header Content-Security-Policy $site_csp always;
add_header Cache-Control $site_cache_control always;
add_header Allow $site_allow always;

error_page 404 /404.html;
if ($request_method !~ ^(GET|HEAD)$) {
  return 405;
}

# The .br/.gz copies are sent for the file they compress, never asked for by name (as npm run serve).
location ~ \\.(br|gz)$ {
  return 404;
}
# Config files for other hosts, and these includes, are not part of the site.
location = /${configFiles.netlify} {
  return 404;
}
location = /${configFiles.vercel} {
  return 404;
}
location ^~ /${configFiles.nginxDir}/ {
  return 404;
}
# /a/ is the page a/index.html; a folder without one is not found (never a listing).
location ~ /$ {
  try_files \${uri}index.html =404;
}
location / {
  try_files $uri @folder;
}
# The EPUB books: Debian's mime.types has no entry for them (an empty types block, so every .epub is this type).
location ~ \\.epub$ {
  types { }
  default_type application/epub+zip;
}
# The vocabularies' downloads: not in Debian's mime.types either; UTF-8 said in the type (charset_types lacks them).
location ~ \\.tsv$ {
  types { }
  default_type "text/tab-separated-values; charset=utf-8";
}
location ~ \\.csv$ {
  types { }
  default_type "text/csv; charset=utf-8";
}
# /a (a folder with a page) moves to /a/; anything else is not found.
location @folder {
  if (-f $request_filename/index.html) {
    return 301 $uri/$is_args$args;
  }
  return 404;
}
`;
  return { http, server };
}
