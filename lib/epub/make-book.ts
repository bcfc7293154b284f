/**
 * One book from the built site: its pages' content (page-content.ts) converted for EPUB (xhtml.ts), its
 * metadata from the site model, its cover the share image the build already drew (lib/covers).
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { getArticle } from '../model';
import { getMessages } from '../i18n/messages';
import { translationVariant } from '../site/variants';
import type { Book } from './books';
import { bookIdentifier } from './identifier';
import { bookFiles, type BookMeta, type Chapter, type Section } from './package';
import { essayContent, findAll, guideContent, pairsContent, type EssayContent, type NoteList } from './page-content';
import { convertAll, element, footnote, type ContentOptions } from './xhtml';
import { epubZip } from './zip';

/** What a book is made from: the built site's pages and share images, and the build's date. */
export interface BookSources {
  /** The HTML of a built page, by site path (`/zh-hk/articles/x/`). */
  readonly page: (sitePath: string) => string;
  /** The share image (PNG) of an essay, or of the edition's front page (no slug). */
  readonly cover: (book: Book) => Uint8Array;
  /** `dcterms:modified` of every book of this build. */
  readonly modified: string;
}

/** XHTML of converted content; void elements closed, as XML needs. */
const xhtml = (nodes: ElementContent[]) => toHtml(nodes, { closeSelfClosing: true, closeEmptyElements: false });

/** The h2/h3 of converted blocks, for the nav document. */
function sectionsOf(nodes: readonly ElementContent[]): Section[] {
  return nodes
    .flatMap((n) =>
      n.type === 'element' ? findAll(n, (e) => /^h[23]$/.test(e.tagName) && e.properties.id !== undefined) : [],
    )
    .map((h) => ({ id: String(h.properties.id), title: toString(h).trim(), depth: Number(h.tagName[1]) }));
}

/** The notes of a page as footnotes after the text, under the page's heading for them. */
function notesSections(lists: readonly NoteList[], options: ContentOptions): ElementContent[] {
  return lists
    .filter((list) => list.notes.length > 0)
    .map((list) => {
      const asides = list.notes.map((note) => footnote(note, String(note.properties.id).replace(/^.*-/, ''), options));
      const props = list.lang
        ? { className: ['notes'], lang: list.lang, xmlLang: list.lang }
        : { className: ['notes'] };
      return element('section', props, [element('h2', {}, [{ type: 'text', value: list.heading }]), ...asides]);
    });
}

const noteIdsOf = (lists: readonly NoteList[]) =>
  new Set(lists.flatMap((l) => l.notes.map((n) => String(n.properties.id))));

const text = (value: string): ElementContent => ({ type: 'text', value });
const paragraph = (value: string) => element('p', {}, [text(value)]);

/** An essay's heading block: its title, author, outlet and original's address, and the translator. */
function essayHead(book: Book, slug: string, title: string, lang: string): ElementContent[] {
  const t = getMessages(book.variant);
  const article = getArticle(slug, book.variant);
  if (!article) throw new Error(`${book.path}: no essay ${slug}`);
  const byline = [
    paragraph(`${t.by}${t.colon}${article.author}`),
    ...(article.outlet ? [paragraph(`${t.outletLabel}${t.colon}${article.outlet}`)] : []),
    ...(article.sourceUrl
      ? [
          element('p', {}, [
            text(`${t.sourceLink}${t.colon}`),
            element('a', { href: article.sourceUrl }, [text(article.sourceUrl)]),
          ]),
        ]
      : []),
    ...(t.translatedBy ? [paragraph(t.translatedBy)] : []),
  ];
  return [element('h1', { lang, xmlLang: lang }, [text(title)]), element('div', { className: ['byline'] }, byline)];
}

/** Essay pages as parsed, by path: the collection reads the same pages as the essays' own books. */
const essays = new Map<string, EssayContent>();

function essayChapter(book: Book, slug: string, file: string, vertical: boolean): Chapter {
  const page = `/${book.variant}/articles/${slug}/`;
  const content = essays.get(page) ?? essayContent(sources.page(page));
  essays.set(page, content);
  const options = { noteIds: noteIdsOf(content.notes), vertical };
  const blocks = convertAll(content.blocks, options);
  const body = [
    ...essayHead(book, slug, content.title, book.lang),
    ...blocks,
    ...notesSections(content.notes, options),
  ];
  return {
    file,
    title: content.title,
    lang: book.lang,
    sections: sectionsOf(blocks),
    body: xhtml([element('section', { 'epub:type': 'chapter', role: 'doc-chapter' }, body)]),
  };
}

function pairsChapter(book: Book, slug: string): Chapter {
  const content = pairsContent(sources.page(book.page));
  const options = { noteIds: noteIdsOf(content.notes), vertical: false };
  const en = translationVariant.lang;
  const pairs = content.pairs.map((pair) =>
    element('div', { className: ['pair'] }, [
      element('div', { lang: book.lang, xmlLang: book.lang }, convertAll(pair.zh, options)),
      element('div', { lang: en, xmlLang: en }, convertAll(pair.en, options)),
    ]),
  );
  return {
    file: `${slug}.xhtml`,
    title: content.title,
    lang: book.lang,
    sections: sectionsOf(pairs.flatMap((p) => (p.children[0] as Element).children)),
    body: xhtml([
      element('section', { 'epub:type': 'chapter', role: 'doc-chapter' }, [
        ...essayHead(book, slug, content.title, book.lang),
        ...pairs,
        ...notesSections(content.notes, options),
      ]),
    ]),
  };
}

function guideChapter(book: Book): Chapter {
  const guide = guideContent(sources.page(book.page));
  const blocks = convertAll(guide.blocks, { noteIds: new Set(), vertical: book.vertical });
  return {
    file: 'guide.xhtml',
    title: guide.title,
    lang: book.lang,
    sections: [],
    body: xhtml([
      element('section', { 'epub:type': 'introduction', role: 'doc-introduction' }, [
        element('h1', { id: 'guide' }, [text(guide.title)]),
        ...blocks,
      ]),
    ]),
  };
}

let sources: BookSources;

/** The book's metadata: the essays' authors and sources, this site as publisher, the translator of English. */
function bookMeta(book: Book, title: string): BookMeta {
  const t = getMessages(book.variant);
  const articles = book.slugs.map((slug) => getArticle(slug, book.variant)!);
  const english = book.kind === 'pairs' || book.variant === translationVariant.id;
  const dates = articles.map((a) => a.date).filter((d): d is string => Boolean(d));
  return {
    identifier: bookIdentifier(book.path),
    title,
    lang: book.lang,
    authors: [...new Set(articles.map((a) => a.author))],
    translator: english ? getMessages(translationVariant.id).siteName : undefined,
    publisher: t.siteName,
    sources: articles.map((a) => a.sourceUrl ?? a.outlet).filter((s): s is string => Boolean(s)),
    description: book.kind === 'collection' ? t.siteTagline(articles.length) : articles[0]!.summary,
    date: book.kind === 'collection' ? undefined : dates[0]?.slice(0, 10),
    modified: sources.modified,
    vertical: book.vertical,
    cover: sources.cover(book),
    contentsLabel: t.contents,
  };
}

/** The book's container bytes. */
export function makeBook(book: Book, from: BookSources): Uint8Array {
  sources = from;
  const t = getMessages(book.variant);
  let chapters: Chapter[];
  let title: string;
  if (book.kind === 'collection') {
    chapters = [
      guideChapter(book),
      ...book.slugs.map((slug) => essayChapter(book, slug, `${slug}.xhtml`, book.vertical)),
    ];
    title = `${t.siteName} · ${t.siteSubtitle}`;
  } else if (book.kind === 'pairs') {
    chapters = [pairsChapter(book, book.slugs[0]!)];
    title = `${chapters[0]!.title}（${t.modeBilingual}）`;
  } else {
    chapters = [essayChapter(book, book.slugs[0]!, `${book.slugs[0]}.xhtml`, book.vertical)];
    title = chapters[0]!.title;
  }
  return epubZip(bookFiles(bookMeta(book, title), chapters));
}
