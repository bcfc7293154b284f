import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { builtPages, fileFor, outDir } from './built-site';

test('no page in out/ carries the framework runtime or an RSC payload, the search pages included', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(70);
  const problems: string[] = [];
  let withIslands = 0;
  for (const page of pages) {
    const file = fileFor(page)!;
    const html = readFileSync(file, 'utf8');
    if (html.includes('data-keeps-runtime')) problems.push(`${page}: asks to keep the runtime (no page may)`);
    for (const [what, re] of [
      ['a runtime chunk', /<script[^>]+src="\/_next\//],
      ['a script preload', /<link[^>]+as="script"/],
      ['the RSC payload', /self\.__next_f/],
      ['Turbopack’s bootstrap', /TURBOPACK/],
      ['any reference to a Next.js script', /\/_next\/[^"]+\.js/],
    ] as const) {
      if (re.test(html)) problems.push(`${page}: ${what}`);
    }
    if (path.basename(file) === 'index.html') {
      // Beside a page: only other pages' folders and its own index.html (robots.txt, the sitemap, the icon
      // and the 404 page at the root; feeds in a variant's folder), their precompressed copies, and the
      // hosts' header files at the root, an EPUB book the page links (lib/epub/books.ts), the service worker at
      // the root and the web app manifests (lib/offline), and an essay's readings files, which its readings
      // island fetches on first use (lib/readings/kinds.ts), its words for tapping (lib/lexicon/words-file.ts),
      // and a vocabulary's TSV and CSV, which its page links
      // (lib/lexicon/export.ts). Anything else is left-over router data.
      const extra = readdirSync(path.dirname(file), { withFileTypes: true })
        .filter(
          (e) =>
            e.isFile() &&
            !/^(index\.html|404\.html|robots\.txt|sitemap\.xml|icon\.svg|feed\.xml)(\.gz|\.br)?$/.test(e.name) &&
            !/^(_headers|vercel\.json)$/.test(e.name) &&
            !/^(sw\.js|manifest\.webmanifest)(\.gz|\.br)?$/.test(e.name) &&
            !/^(readings-(pinyin|zhuyin|jyutping)|words)\.json(\.gz|\.br)?$/.test(e.name) &&
            !(e.name.endsWith('.epub') && html.includes(`/${e.name}"`)) &&
            !(
              /-vocabulary\.(tsv|csv)(\.gz|\.br)?$/.test(e.name) &&
              html.includes(`/${e.name.replace(/\.(gz|br)$/, '')}"`)
            ),
        )
        .map((e) => e.name);
      if (extra.length > 0) problems.push(`${page}: files beside it that nothing links to (${extra.join(', ')})`);
    }
    const modules = [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1]!);
    if (html.includes('data-island=')) {
      withIslands += 1;
      if (modules.length !== 1 || !/^\/_islands\/islands\.[0-9a-f]{12}\.js$/.test(modules[0]!)) {
        problems.push(`${page}: expected one islands module, found ${JSON.stringify(modules)}`);
      } else if (!existsSync(path.join(outDir, modules[0]!))) problems.push(`${page}: ${modules[0]} is missing`);
    } else if (modules.length > 0) problems.push(`${page}: loads the islands module without islands`);
  }
  expect(problems).toEqual([]);
  expect(withIslands).toBeGreaterThan(60);
});
