/**
 * The files inside a book: container.xml, the package document (OPF), the nav document, the stylesheet, the
 * cover and one XHTML document per chapter. Strings only; lib/epub/zip.ts puts them in the container.
 */
import { bookStyles } from './styles';

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly depth: number;
}

export interface Chapter {
  /** File name under OEBPS/text/ (`ai-race-002.xhtml`). */
  readonly file: string;
  readonly title: string;
  readonly lang: string;
  readonly sections: readonly Section[];
  /** The chapter's `<body>` content, XHTML. */
  readonly body: string;
}

export interface BookMeta {
  readonly identifier: string;
  readonly title: string;
  readonly lang: string;
  readonly authors: readonly string[];
  /** Who translated the English text (English books and 中英对照). */
  readonly translator?: string;
  readonly publisher: string;
  /** Where the essays were first published (URLs or outlets). */
  readonly sources: readonly string[];
  readonly description?: string;
  /** `YYYY-MM-DD` of first publication, when known. */
  readonly date?: string;
  /** `dcterms:modified`, `CCYY-MM-DDThh:mm:ssZ`. */
  readonly modified: string;
  readonly vertical: boolean;
  /** The cover, PNG. */
  readonly cover: Uint8Array;
  /** The nav document's heading (目录 / Contents). */
  readonly contentsLabel: string;
}

/** XML text and attribute escaping. */
export const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XHTML content document. */
export function xhtmlDocument(options: {
  lang: string;
  title: string;
  body: string;
  bodyType?: string;
  /** The stylesheet's path from the document (content documents are in text/). */
  stylesheet?: string;
}): string {
  const lang = escapeXml(options.lang);
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(options.title)}</title>
<link rel="stylesheet" type="text/css" href="${options.stylesheet ?? '../style.css'}"/>
</head>
<body${options.bodyType ? ` epub:type="${options.bodyType}"` : ''}>
${options.body}
</body>
</html>
`;
}

const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** The nav document: each chapter, and under it the chapter's sections (h2, with h3 under them). */
function navDocument(meta: BookMeta, chapters: readonly Chapter[]): string {
  const link = (chapter: Chapter, id: string | undefined, title: string) =>
    `<a href="text/${chapter.file}${id ? `#${escapeXml(id)}` : ''}">${escapeXml(title)}</a>`;
  const list = (items: readonly string[]) => (items.length ? `<ol>${items.join('')}</ol>` : '');
  // h2s, each with the h3s that follow it (an empty <ol> is invalid in a nav, so none is written).
  const sectionList = (chapter: Chapter) => {
    const groups: { head: Section; subs: Section[] }[] = [];
    for (const s of chapter.sections)
      if (s.depth > 2 && groups.length) groups.at(-1)!.subs.push(s);
      else groups.push({ head: s, subs: [] });
    return list(
      groups.map(
        (g) =>
          `<li>${link(chapter, g.head.id, g.head.title)}${list(g.subs.map((s) => `<li>${link(chapter, s.id, s.title)}</li>`))}</li>`,
      ),
    );
  };
  const only = chapters.length === 1 ? chapters[0]! : undefined;
  const entries =
    only && only.sections.length
      ? sectionList(only)
      : list(chapters.map((c) => `<li>${link(c, undefined, c.title)}${sectionList(c)}</li>`));
  return xhtmlDocument({
    lang: meta.lang,
    title: meta.contentsLabel,
    stylesheet: 'style.css',
    body: `<nav epub:type="toc" id="toc" role="doc-toc"><h1>${escapeXml(meta.contentsLabel)}</h1>${entries}</nav>`,
  });
}

function coverDocument(meta: BookMeta): string {
  return xhtmlDocument({
    lang: meta.lang,
    title: meta.title,
    bodyType: 'cover',
    body: `<section class="cover"><img src="../cover.png" alt="${escapeXml(meta.title)}"/></section>`,
  });
}

function packageDocument(meta: BookMeta, chapters: readonly Chapter[]): string {
  const dc = [
    `<dc:identifier id="book-id">${meta.identifier}</dc:identifier>`,
    `<dc:title>${escapeXml(meta.title)}</dc:title>`,
    `<dc:language>${meta.lang}</dc:language>`,
    ...meta.authors.map(
      (a, i) => `<dc:creator id="author-${i + 1}">${escapeXml(a)}</dc:creator>
    <meta refines="#author-${i + 1}" property="role" scheme="marc:relators">aut</meta>`,
    ),
    ...(meta.translator
      ? [
          `<dc:contributor id="translator">${escapeXml(meta.translator)}</dc:contributor>
    <meta refines="#translator" property="role" scheme="marc:relators">trl</meta>`,
        ]
      : []),
    `<dc:publisher>${escapeXml(meta.publisher)}</dc:publisher>`,
    ...meta.sources.map((s) => `<dc:source>${escapeXml(s)}</dc:source>`),
    ...(meta.description ? [`<dc:description>${escapeXml(meta.description)}</dc:description>`] : []),
    ...(meta.date ? [`<dc:date>${meta.date}</dc:date>`] : []),
    `<meta property="dcterms:modified">${meta.modified}</meta>`,
    '<meta name="cover" content="cover-image"/>',
  ];
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    '<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>',
    '<item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>',
    ...chapters.map((c, i) => `<item id="c${i + 1}" href="text/${c.file}" media-type="application/xhtml+xml"/>`),
  ];
  const spine = [
    '<itemref idref="cover"/>',
    '<itemref idref="nav"/>',
    ...chapters.map((_, i) => `<itemref idref="c${i + 1}"/>`),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${meta.lang}" dir="ltr">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${dc.join('\n    ')}
  </metadata>
  <manifest>
    ${manifest.join('\n    ')}
  </manifest>
  <spine${meta.vertical ? ' page-progression-direction="rtl"' : ''}>
    ${spine.join('\n    ')}
  </spine>
</package>
`;
}

/** Every file of the book, in the order the zip holds them (after `mimetype`). */
export function bookFiles(meta: BookMeta, chapters: readonly Chapter[]): Array<readonly [string, string | Uint8Array]> {
  return [
    ['META-INF/container.xml', container],
    ['OEBPS/content.opf', packageDocument(meta, chapters)],
    ['OEBPS/nav.xhtml', navDocument(meta, chapters)],
    ['OEBPS/style.css', bookStyles(meta.vertical)],
    ['OEBPS/cover.png', meta.cover],
    ['OEBPS/text/cover.xhtml', coverDocument(meta)],
    ...chapters.map(
      (c) => [`OEBPS/text/${c.file}`, xhtmlDocument({ lang: c.lang, title: c.title, body: c.body })] as const,
    ),
  ];
}
