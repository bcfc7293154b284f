/**
 * A page's rendered essay (hast from the built HTML) as EPUB content: the reading tools, hidden words and
 * site links taken out, the notes as EPUB 3 footnotes, ids valid XML names, and, for vertical books, short
 * numbers marked to stand upright in one cell. Pure: the unit tests call these directly.
 */
import type { Element, ElementContent, Properties, Text } from 'hast';
import { keepEndTag } from '@/lib/markdown/rehype-keep-paragraph-end';
import { punctuationElements } from '@/lib/text/punctuation-compression';
import { shortNumberRuns } from '@/lib/text/short-numbers';

/** Classes of what a page shows only on screen: paragraph tools, retired anchors, the regional word not shown. */
const dropClasses = new Set(['para-tools', 'retired-anchor', 'rw-r', 'sr-only']);
/** Attributes kept on content elements; every other (class, data-*, aria-describedby …) belongs to the site. */
const keptAttributes = new Set(['id', 'lang', 'href', 'type', 'start', 'colSpan', 'rowSpan', 'title', 'cite']);

const classesOf = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

/** An XML name for an id (`2025年` is a valid HTML id but not an XML one, and epubcheck reads XML). */
export function xmlId(id: string): string {
  return /^[\p{L}_]/u.test(id) ? id : `x-${id}`;
}

/**
 * Text with its one- and two-digit numbers in `<span class="tcy">` (tate-chu-yoko: upright in one cell in
 * vertical text). A class at build time because `text-combine-upright: digits 2` is poorly supported.
 */
export function wrapShortNumbers(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const [start, end] of shortNumberRuns(text)) {
    if (start > last) out.push({ type: 'text', value: text.slice(last, start) });
    out.push(span('tcy', [{ type: 'text', value: text.slice(start, end) }]));
    last = end;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

export function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
const span = (className: string, children: ElementContent[]) => element('span', { className: [className] }, children);

export interface ContentOptions {
  /** Ids of the notes in the same document: a link to one is a note reference. */
  readonly noteIds: ReadonlySet<string>;
  readonly vertical: boolean;
}

/** The kept attributes of an element, with `xml:lang` beside `lang` and ids made XML names. */
function keptProperties(node: Element): Properties {
  const properties: Properties = {};
  for (const [name, value] of Object.entries(node.properties))
    if (keptAttributes.has(name) && value !== undefined && value !== null) properties[name] = value;
  if (typeof properties.id === 'string') properties.id = xmlId(properties.id);
  if (typeof properties.lang === 'string') properties.xmlLang = properties.lang;
  return properties;
}

/** One link: a note reference, a link within the book, a link out (kept), or a site link (its text only). */
function convertLink(node: Element, options: ContentOptions): ElementContent[] {
  const href = String(node.properties.href ?? '');
  const children = convertAll(node.children, options);
  if (href.startsWith('#') && options.noteIds.has(href.slice(1))) {
    const properties: Properties = { href: `#${xmlId(href.slice(1))}`, 'epub:type': 'noteref', role: 'doc-noteref' };
    if (typeof node.properties.id === 'string') properties.id = xmlId(node.properties.id);
    return [element('a', properties, children)];
  }
  if (href.startsWith('#')) {
    // A glossary term and its back-link (the term keeps its id: the glossary links back to it).
    const properties: Properties = { href: `#${xmlId(href.slice(1))}` };
    if (typeof node.properties.id === 'string') properties.id = xmlId(node.properties.id);
    if (node.properties.dataFootnoteBackref !== undefined || node.properties.dataGlossaryBackref !== undefined)
      properties.role = 'doc-backlink';
    return [element('a', properties, children)];
  }
  if (/^https?:\/\//.test(href)) return [element('a', { href }, children)];
  return children;
}

/** Content nodes as EPUB content (see the module comment). */
export function convertAll(nodes: readonly ElementContent[], options: ContentOptions): ElementContent[] {
  return nodes.flatMap((node) => convert(node, options));
}

function convert(node: ElementContent, options: ContentOptions): ElementContent[] {
  if (node.type === 'comment') return [];
  if (node.type === 'text') return options.vertical ? wrapShortNumbers(node.value) : [node];
  if (node.type !== 'element') return [];
  const classes = classesOf(node);
  if (classes.some((c) => dropClasses.has(c)) || node.properties.hidden !== undefined) return [];
  if (node.tagName === 'a') return convertLink(node, options);
  if (node.tagName === 'details') return convertDetails(node, options);
  // Spans only carry the site's typesetting and popovers (punctuation kerning, the wording layer, note
  // buttons): their text stays, the span goes, unless it has an id something links to or a language.
  if (node.tagName === 'span' && node.properties.id === undefined && node.properties.lang === undefined)
    return convertAll(node.children, options);
  // The typesetting's custom elements (lib/text/punctuation-compression.ts, lib/text/middle-dot.ts,
  // lib/markdown/rehype-keep-paragraph-end.ts): the text stays.
  if (punctuationElements.includes(node.tagName) || node.tagName === keepEndTag)
    return convertAll(node.children, options);
  if (node.tagName === 'wbr') return [];
  return [element(node.tagName, keptProperties(node), convertAll(node.children, options))];
}

/** A note's `<details>` of back-links (a note cited many times) as one line: its summary, then the links. */
function convertDetails(node: Element, options: ContentOptions): ElementContent[] {
  const summary = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'summary');
  const links: ElementContent[] = [];
  const collect = (n: ElementContent) => {
    if (n.type !== 'element') return;
    if (n.tagName === 'a') links.push({ type: 'text', value: ' ' }, ...convertLink(n, options));
    else n.children.forEach(collect);
  };
  node.children.filter((c) => c !== summary).forEach(collect);
  return [
    element('p', { className: ['backlinks'] }, [...(summary ? convertAll(summary.children, options) : []), ...links]),
  ];
}

/**
 * A page's note (`<li id="fn-1">` of its notes list) as an EPUB footnote: `<aside epub:type="footnote">`
 * with the note's number first, so a reader's pop-up says which note it is.
 */
export function footnote(note: Element, marker: string, options: ContentOptions): Element {
  const id = xmlId(String(note.properties.id));
  const content = convertAll(note.children, options).filter(
    (c) => c.type === 'element' || (c.type === 'text' && c.value.trim() !== ''),
  );
  const first = content[0];
  const label: Text = { type: 'text', value: `${marker}. ` };
  if (first?.type === 'element' && first.tagName === 'p') first.children.unshift(label);
  else content.unshift(element('p', {}, [label]));
  return element('aside', { id, 'epub:type': 'footnote', role: 'doc-footnote' }, content);
}
