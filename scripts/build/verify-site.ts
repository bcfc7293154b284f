import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { variantPath } from '../../lib/site';
import { emptySizes } from '../../lib/epub/sizes';
import { htmlFiles, servedFile, urlPathOf } from '../../lib/static-export/pages';
import { searchIndexes } from '../../lib/search/config';
import { canonicalVariant, translationVariant } from '../../lib/site/variants';

/** What a complete site was found to hold, and every way it is not complete. */
export interface SiteCheck {
  pages: number;
  paragraphs: number;
  indexed: number;
  islands: number;
  shareImages: number;
  /** EPUB books linked from the pages (each exists; none is left unlinked). */
  books: number;
  problems: string[];
}

/** URL paths of the sitemap's pages (its `<loc>`s: this site's own sitemap, one URL per element). */
function sitemapPaths(dir: string): string[] {
  const file = path.join(dir, 'sitemap.xml');
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** `<script src>`, stylesheet `href` and `og:image` of a page, as site paths (other hosts left out). */
function assetsOf(html: string): { scripts: string[]; styles: string[]; images: string[] } {
  const local = (url: string) => new URL(url, 'http://site/').pathname;
  const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
  const attr = (tag: string, key: string) => tag.match(new RegExp(`\\s${key}="([^"]*)"`))?.[1];
  const sameSite = (url: string | undefined): url is string => url !== undefined && !/^\/\//.test(url);
  return {
    scripts: tags('script')
      .map((t) => attr(t, 'src'))
      .filter(sameSite)
      .map(local),
    styles: tags('link')
      .filter((t) => attr(t, 'rel') === 'stylesheet')
      .map((t) => attr(t, 'href'))
      .filter(sameSite)
      .map(local),
    images: tags('meta')
      .filter((t) => attr(t, 'property') === 'og:image')
      .map((t) => attr(t, 'content'))
      .filter(sameSite)
      .map(local),
  };
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** A Pagefind bundle (`base`): its entry, each language's metadata and wasm, one fragment per record. */
function checkSearchIndex(dir: string, base: string, expected: number, problems: string[]): number {
  const folder = base.replace(/^\/|\/$/g, '');
  const index = path.join(dir, folder);
  const entryFile = path.join(index, 'pagefind-entry.json');
  if (!existsSync(entryFile)) {
    problems.push(`search index: no ${folder}/pagefind-entry.json`);
    return 0;
  }
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  let indexed = 0;
  for (const [language, { hash, wasm, page_count }] of Object.entries(entry.languages)) {
    indexed += page_count;
    for (const name of [`pagefind.${hash}.pf_meta`, `wasm.${wasm ?? 'unknown'}.pagefind`]) {
      if (!existsSync(path.join(index, name))) problems.push(`search index (${language}): no ${folder}/${name}`);
    }
  }
  for (const name of ['pagefind.js', 'pagefind-worker.js']) {
    if (!existsSync(path.join(index, name))) problems.push(`search index: no ${folder}/${name}`);
  }
  const fragmentDir = path.join(index, 'fragment');
  const fragments = existsSync(fragmentDir) ? readdirSync(fragmentDir).length : 0;
  if (indexed !== expected || fragments !== expected) {
    problems.push(
      `search index ${folder}: ${indexed} records and ${fragments} fragments, expected ${expected} (the paragraphs of the essay pages)`,
    );
  }
  return indexed;
}

/**
 * Every symbolic link in the build, as a problem: a server that follows one serves what it points at, /etc
 * as readily as a page (issue 30). The build's own steps write files only, and the servers refuse links
 * anyway (`disable_symlinks` in the nginx include, lib/serve/site-build.ts).
 */
function symbolicLinks(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((link) => ({ link, name: path.relative(dir, link).split(path.sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(
      ({ link, name }) => `${name}: a symbolic link (→ ${readlinkSync(link)}); a build holds files and folders only`,
    );
}

/**
 * Whether `dir` holds a complete build, and no symbolic link: every page of its sitemap (and `/404.html`); on each of them the
 * stylesheets and share image it names, and the islands module where the page has islands; and a search index of exactly the paragraphs
 * found on the built essay pages of the canonical script (one Pagefind record each). The expectations
 * come from the built pages, so the check holds as essays, variants and themes are added.
 */
/**
 * The EPUB books: every one a page links (any page: 中英对照 pages are not in the sitemap) exists as a zip, with
 * its size written in the link, and every one the build wrote is linked. Returns how many are linked.
 */
function checkBooks(dir: string, problems: string[]): number {
  const linked = new Set<string>();
  // Not through links: symbolicLinks reports them, and a dangling one has nothing to read.
  for (const file of htmlFiles(dir).filter((f) => lstatSync(path.join(dir, f)).isFile())) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    for (const book of html.match(/(?<=\shref=")[^"]+\.epub(?=")/g) ?? []) linked.add(book);
    for (const book of emptySizes(html)) problems.push(`${urlPathOf(file)}: the link to ${book} has no size`);
  }
  for (const book of linked) {
    const file = servedFile(dir, book);
    if (!file || readFileSync(file).subarray(0, 4).toString('latin1') !== 'PK\x03\x04')
      problems.push(`a page links ${book}, which the build lacks or is not a zip`);
  }
  const written = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.epub'))
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
  for (const book of written) if (!linked.has(book)) problems.push(`${book}: no page links it`);
  if (written.length === 0) problems.push('no EPUB books');
  return linked.size;
}

export function verifySite(dir: string): SiteCheck {
  const problems: string[] = symbolicLinks(dir);
  const pages = sitemapPaths(dir);
  if (pages.length === 0) problems.push('no sitemap.xml, or it lists no page');
  const essays = variantPath(canonicalVariant.id, 'articles/');
  const englishEssays = variantPath(translationVariant.id, 'articles/');
  const isEssay = (page: string, prefix: string) =>
    page.startsWith(prefix) && /^[^/]+\/$/.test(page.slice(prefix.length));
  const islands = new Set<string>();
  const shareImages = new Set<string>();
  let paragraphs = 0;
  let translated = 0;
  for (const page of [...pages, '/404.html']) {
    const file = servedFile(dir, page);
    if (!file) {
      problems.push(`${page}: no page file`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    // Paragraph blocks, not the anchors of retired ids (`<span id="p-14" … data-retired>`, content/ids).
    const blocks = html.match(/<(?:p|li)\b[^>]*\sid="p-\d+"[^>]*>/g) ?? [];
    if (isEssay(page, essays)) paragraphs += blocks.length;
    // English paragraphs still shown in Chinese (`data-translation`) are found through the Chinese index.
    if (isEssay(page, englishEssays)) translated += blocks.filter((tag) => !tag.includes('data-translation=')).length;
    const { scripts, styles, images } = assetsOf(html);
    const pageIslands = scripts.filter((src) => src.startsWith('/_islands/'));
    if (/\sdata-island="/.test(html) && pageIslands.length === 0) problems.push(`${page}: has islands, no module`);
    if (page !== '/404.html' && images.length === 0) problems.push(`${page}: no og:image`);
    for (const asset of [...scripts, ...styles, ...images]) {
      const assetFile = servedFile(dir, asset);
      if (!assetFile || statSync(assetFile).size === 0) problems.push(`${page}: names ${asset}, which the build lacks`);
    }
    for (const src of pageIslands) islands.add(src);
    for (const image of images) shareImages.add(image);
  }
  if (paragraphs === 0) problems.push(`no essay paragraphs found under ${essays}`);
  const books = checkBooks(dir, problems);
  if (islands.size === 0) problems.push('no page loads the islands module');
  const indexed = checkSearchIndex(dir, searchIndexes.zh.base, paragraphs, problems);
  checkSearchIndex(dir, searchIndexes.en.base, translated, problems);
  return {
    pages: pages.length,
    paragraphs,
    indexed,
    islands: islands.size,
    shareImages: shareImages.size,
    books,
    problems,
  };
}
