/**
 * The EPUB books of the built site (lib/epub, scripts/postbuild/epub.ts): each one exists and is a valid EPUB
 * 3 (EPUBCheck, Debian's package, every book in one JVM), says its language, identifier, nav and cover, is
 * vertical where it should be, has the page's notes as footnotes and the page's text, paragraph by paragraph.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { unzipSync } from 'fflate';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { bookLang, bookPath, books, type BookKind } from '@/lib/epub/books';
import { makeBook } from '@/lib/epub/make-book';
import { shareImagePath } from '@/lib/covers/share-images';
import { scriptVariants, variants, type Variant } from '@/lib/site/variants';
import { fileFor, outDir, pageTree } from './built-site';
import { slugs } from './site-facts';

interface Expected {
  path: string;
  page: string;
  variant: Variant;
  kind: BookKind;
  vertical: boolean;
}
const expected: Expected[] = variants.flatMap((variant) => [
  {
    path: bookPath(variant.id, 'collection'),
    page: `/${variant.id}/`,
    variant,
    kind: 'collection' as const,
    vertical: variant.script === 'Hant',
  },
  ...slugs.flatMap((slug) => [
    {
      path: bookPath(variant.id, 'essay', slug),
      page: `/${variant.id}/articles/${slug}/`,
      variant,
      kind: 'essay' as const,
      vertical: variant.script === 'Hant',
    },
    ...(scriptVariants.includes(variant)
      ? [
          {
            path: bookPath(variant.id, 'pairs', slug),
            page: `/${variant.id}/articles/${slug}/bilingual/`,
            variant,
            kind: 'pairs' as const,
            vertical: false,
          },
        ]
      : []),
  ]),
]);

const unzipped = new Map<string, Record<string, Uint8Array>>();
function filesOf(book: string): Record<string, Uint8Array> {
  let files = unzipped.get(book);
  if (!files) {
    files = unzipSync(readFileSync(fileFor(book)!));
    unzipped.set(book, files);
  }
  return files;
}
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const chapters = (book: string) =>
  Object.entries(filesOf(book)).filter(([name]) => name.startsWith('OEBPS/text/') && !name.endsWith('cover.xhtml'));

/** A paragraph's text as the reader sees it: without the paragraph tools and the regional word not shown. */
function shownText(node: Element): string {
  const copy = structuredClone(node);
  visit(copy, 'element', (e: Element, index, parent) => {
    const classes = Array.isArray(e.properties.className) ? e.properties.className.map(String) : [];
    if (parent && index !== undefined && (classes.includes('para-tools') || classes.includes('rw-r'))) {
      parent.children.splice(index, 1);
      return index;
    }
  });
  return toString(copy);
}
const paragraphs = (tree: Root) => {
  const found = new Map<string, Element>();
  visit(tree, 'element', (e: Element) => {
    if (e.tagName === 'p' && typeof e.properties.id === 'string' && /^(en-)?p-\d+$/.test(e.properties.id))
      found.set(e.properties.id, e);
  });
  return found;
};

describe('EPUB books', () => {
  it.each(expected.map((b) => [b.path, b] as const))('%s is a zip with mimetype first, stored', (book) => {
    const file = fileFor(book);
    expect(file && existsSync(file)).toBeTruthy();
    const bytes = readFileSync(file!);
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(38, 58).toString('latin1')).toBe('application/epub+zip');
  });

  it.each(expected.map((b) => [b.path, b] as const))('%s: its package says language, id, nav, cover', (book, b) => {
    const opf = text(filesOf(book)['OEBPS/content.opf']);
    const lang = bookLang(b.variant);
    expect(opf).toContain(`<dc:language>${lang}</dc:language>`);
    expect(opf).toMatch(/<dc:identifier id="book-id">urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
    expect(opf).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/meta>/);
    expect(opf).toContain('properties="nav"');
    expect(opf).toContain('properties="cover-image"');
    expect(filesOf(book)['OEBPS/cover.png']?.subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
    if (b.kind === 'pairs' || b.variant.kind === 'translation') expect(opf).toContain('>trl</meta>');
    for (const [, xhtml] of chapters(book)) expect(text(xhtml)).toContain(`xml:lang="${lang}"`);
    const css = text(filesOf(book)['OEBPS/style.css']);
    if (b.vertical) {
      expect(opf).toContain('<spine page-progression-direction="rtl">');
      expect(css).toContain('writing-mode: vertical-rl');
      expect(css).toContain('-epub-writing-mode: vertical-rl');
    } else {
      expect(opf).not.toContain('page-progression-direction');
      expect(css).not.toContain('vertical-rl');
    }
  });

  it.each(expected.filter((b) => b.kind !== 'collection').map((b) => [b.path, b] as const))(
    '%s has the page’s paragraphs, word for word, and its notes as footnotes',
    (book, b) => {
      const page = paragraphs(pageTree(b.page));
      const [[, xhtml]] = chapters(book) as [[string, Uint8Array]];
      const tree = fromHtml(text(xhtml));
      const inBook = paragraphs(tree);
      expect([...inBook.keys()]).toEqual([...page.keys()]);
      for (const [id, p] of page) expect(toString(inBook.get(id)!), id).toBe(shownText(p));
      const pageNotes = text(readFileSync(fileFor(b.page)!)).match(/data-footnote-ref=/g)?.length ?? 0;
      const refs = text(xhtml).match(/epub:type="noteref"/g)?.length ?? 0;
      expect(refs).toBeGreaterThanOrEqual(pageNotes);
      if (pageNotes > 0) expect(text(xhtml)).toContain('epub:type="footnote"');
      if (b.vertical) expect(text(xhtml)).toContain('<span class="tcy">');
    },
  );

  it('the sitemap lists pages, not books', () => {
    expect(readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8')).not.toContain('.epub');
  });

  it('the collection has the 导读 and every essay, in the reading order', () => {
    for (const b of expected.filter((e) => e.kind === 'collection')) {
      const files = Object.keys(filesOf(b.path)).filter((n) => n.startsWith('OEBPS/text/'));
      expect(files).toContain('OEBPS/text/guide.xhtml');
      expect(files.length).toBe(slugs.length + 2);
    }
  });

  it('building a book again gives the same bytes (fixed dates and order in the zip)', () => {
    const book = books().find((b) => b.vertical && b.kind === 'essay')!;
    const built = readFileSync(fileFor(book.path)!);
    const opf = text(filesOf(book.path)['OEBPS/content.opf']);
    const modified = /dcterms:modified">([^<]+)</.exec(opf)![1]!;
    const again = makeBook(book, {
      page: (sitePath) => readFileSync(fileFor(sitePath)!, 'utf8'),
      cover: (b) => readFileSync(fileFor(shareImagePath(b.variant, b.slugs[0]))!),
      modified,
    });
    expect(Buffer.from(again).equals(built)).toBe(true);
  }, 60_000);

  it('EPUBCheck finds no error and no warning in any book', () => {
    const jar = '/usr/share/java/epubcheck.jar';
    const started = performance.now();
    const files = expected.map((b) => fileFor(b.path)!);
    let output: string;
    try {
      output = execFileSync('java', ['-cp', jar, path.join(__dirname, 'epubcheck', 'CheckAll.java'), ...files], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const problems = output.split('\n').filter((line) => /\t(ERROR|FATAL|WARNING)\t/.test(line));
    expect(problems).toEqual([]);
    expect(output.match(/\tCHECKED\t0$/gm)?.length).toBe(files.length);
    console.log(
      `epubcheck: ${files.length} books in ${((performance.now() - started) / 1000).toFixed(1)} s (${outDir})`,
    );
  }, 120_000);
});
