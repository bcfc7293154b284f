import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { table } from './table';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Chunks every page loads: Next's runtime, React and polyfills (from Next's build manifest). */
function frameworkChunks(): Set<string> {
  const manifest = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  return new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles].map((f) => `/_next/${f}`));
}

function scriptsOf(html: string): string[] {
  const srcs: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'script' && typeof node.properties.src === 'string') srcs.push(node.properties.src);
  });
  return srcs;
}

// Markers of opencc-js's converter and dictionary data ("万 萬|与 與|…").
const openccMarkers = /trie_val|ConverterFactory|[\u4e00-\u9fff] [\u4e00-\u9fff]\|[\u4e00-\u9fff] [\u4e00-\u9fff]\|/;

/** First-load JavaScript of essay pages, and HTML weight against the weight of the text. Needs `out/`. */
export function benchBundle(): boolean {
  if (!existsSync('out') || !existsSync('.next/build-manifest.json')) throw new Error('run `npm run build` first');
  const framework = frameworkChunks();
  const slugs = readdirSync('content/articles').map((f) => f.replace(/\.md$/, ''));
  let ok = true;
  const jsRows: string[][] = [];
  const weightRows: string[][] = [];
  for (const variant of ['zh-hans', 'zh-hant']) {
    for (const slug of slugs) {
      const html = readFileSync(path.join('out', variant, 'articles', slug, 'index.html'), 'utf8');
      let fw = 0;
      let own = 0;
      let opencc = false;
      for (const src of scriptsOf(html)) {
        const code = readFileSync(path.join('out', src));
        if (framework.has(src)) fw += gz(code);
        else own += gz(code);
        if (openccMarkers.test(code.toString('utf8'))) opencc = true;
      }
      const pass = own <= 15 * 1024 && !opencc;
      ok &&= pass;
      jsRows.push([
        `${variant}/${slug}`,
        kb(fw),
        kb(own),
        kb(fw + own),
        opencc ? 'YES' : 'none',
        pass ? 'ok' : 'MISSED',
      ]);
      let main: Element | undefined;
      visit(fromHtml(html), 'element', (node: Element) => {
        if (node.tagName === 'main') main = node;
      });
      const text = main ? toString(main) : '';
      weightRows.push([`${variant}/${slug}`, kb(gz(html)), kb(gz(text)), (gz(html) / gz(text)).toFixed(2)]);
    }
  }
  console.log('\n## First-load JavaScript of essay pages (gzip -9, KB)\n');
  console.log('Target: the site’s own code ≤ 15 KB gzip; no OpenCC code or dictionary in any chunk an essay loads.\n');
  table(['page', 'framework', 'site’s own', 'total', 'OpenCC bytes', 'target'], jsRows);
  console.log('\n## Page weight (gzip -9, KB): HTML vs the text it carries\n');
  table(['page', 'HTML', 'text of <main>', 'ratio'], weightRows);
  return ok;
}
