/**
 * Post-build: write every EPUB book (lib/epub/books.ts) into the site, from the built pages and share images,
 * then write each book's size into the links to it (the pages were rendered before the books existed; their
 * links carry an empty `data-epub-size` span for it). Runs after the share images, before headers and
 * precompress (books are zip files: not precompressed).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { books, type Book } from '../../lib/epub/books';
import { fillEpubSizes } from '../../lib/epub/sizes';
import { makeBook } from '../../lib/epub/make-book';
import { shareImagePath } from '../../lib/covers/share-images';
import { getMessages } from '../../lib/i18n/messages';
import { isVariantId } from '../../lib/site/variants';
import { htmlFiles } from '../../lib/static-export/pages';
import { siteDirArgument } from './site-dir-argument';

const outDir = siteDirArgument('scripts/postbuild/epub.ts');
const started = performance.now();

/**
 * `dcterms:modified`: the time of the last commit that changed the essays or the book writer
 * (SOURCE_DATE_EPOCH when set), so building twice gives the same bytes and a commit elsewhere does not change
 * every book; the start of this project's first year when there is no git.
 */
function modified(): string {
  const fromEnv = Number(process.env.SOURCE_DATE_EPOCH);
  let seconds = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : NaN;
  if (Number.isNaN(seconds))
    try {
      seconds = Number(
        execFileSync('git', ['log', '-1', '--format=%ct', '--', 'content', 'lib/epub'], { encoding: 'utf8' }).trim(),
      );
    } catch {
      seconds = Date.UTC(2025, 0, 1) / 1000;
    }
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const fileOf = (sitePath: string) => path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
const sources = {
  page: (sitePath: string) => readFileSync(fileOf(sitePath), 'utf8'),
  cover: (book: Book) =>
    readFileSync(fileOf(shareImagePath(book.variant, book.kind === 'collection' ? undefined : book.slugs[0]))),
  modified: modified(),
};

const sizes = new Map<string, number>();
const byPath = new Map(books().map((b) => [b.path, b]));
for (const book of books()) {
  const bytes = makeBook(book, sources);
  writeFileSync(fileOf(book.path), bytes);
  sizes.set(book.path, bytes.length);
}
let links = 0;
for (const file of htmlFiles(outDir)) {
  const variant = file.split('/')[0]!;
  if (!isVariantId(variant)) continue;
  const full = path.join(outDir, file);
  const html = readFileSync(full, 'utf8');
  const t = getMessages(variant);
  const filled = fillEpubSizes(html, sizes, (kb, bookPath) => t.epubSize(kb, byPath.get(bookPath)!.vertical));
  if (filled.count > 0) {
    writeFileSync(full, filled.html);
    links += filled.count;
  }
}
const total = [...sizes.values()].reduce((a, b) => a + b, 0);
console.log(
  `epub: ${sizes.size} books (${Math.round(total / 1024)} KB), ${links} links given their size, in ${Math.round(performance.now() - started)} ms`,
);
