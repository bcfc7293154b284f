/**
 * The copy of a paragraph of the other language's page (islands/paragraph-other.ts), loaded with that page
 * the first time a reader taps EN or 中: an allowlist of elements, attributes and classes, everything made anew
 * in this page. Not part of a first visit: it is needed only once the other page has arrived, and is fetched
 * beside it (about 0.4 KB of gzip off every essay page's first visit, which was within 42 bytes of its budget).
 */

import { punctuationElements } from '@/lib/text/punctuation-elements';

const htmlNamespace = 'http://www.w3.org/1999/xhtml';

/**
 * What a block of the other page may bring into this page: the phrasing elements the essays are rendered with
 * (lib/markdown: emphasis, strong, code, links, line breaks; footnote and translator's note references in
 * `sup`; theme links; `span lang` around quoted text, the note reference's wrapper, retired anchors; in
 * Chinese, the compressed punctuation's elements and the regional-wording pair) and a few more of the same
 * harmless kind. Anything else — script, style, meta, link, base, object, embed,
 * iframe, form, svg, math, img — is dropped with its content; elements are made anew in this page, never
 * imported, so nothing of the other document (an `onerror`, a `srcdoc`) ever runs here.
 */
const allowedElements: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'wbr',
  // The punctuation's elements (compressed, hanging, an interpunct kept with the character before it).
  ...punctuationElements,
  // A paragraph's last words kept on one line (lib/markdown/rehype-keep-paragraph-end.ts).
  'keep-end',
]);
/** Attributes kept, on any allowed element: `lang`; `class` only with the site's own classes below. */
const allowedAttributes: Readonly<Record<string, readonly string[]>> = {
  '*': ['lang', 'class'],
  a: ['href', 'data-footnote-ref', 'data-translator-note-ref'],
};
/**
 * Classes the site's blocks carry: a theme link, the note reference's wrapper, a retired anchor; in Chinese a
 * regional word with its two forms (lib/regional/wrap.ts: without them both forms would show).
 */
const allowedClasses: ReadonlySet<string> = new Set(['theme-link', 'relative', 'retired-anchor', 'rw', 'rw-a', 'rw-r']);
/** Web, site and in-page links only: `/x` but not `//host`, no `javascript:`, `data:` or odd whitespace. */
const safeHref = /^(https?:\/\/[^\s]+|\/(?![/\\])[^\s]*|#[^\s]*)$/i;

function copyElement(source: Element): Element | undefined {
  const name = source.localName;
  if (source.namespaceURI !== htmlNamespace || !allowedElements.has(name)) return undefined;
  // The source's own paragraph tools (its ¶ link) are this page's to draw, not the other page's.
  if (source.classList.contains('para-tools')) return undefined;
  const copy = document.createElement(name);
  for (const attribute of [...(allowedAttributes['*'] ?? []), ...(allowedAttributes[name] ?? [])]) {
    const value = source.getAttribute(attribute);
    if (value === null) continue;
    if (attribute === 'href' && !safeHref.test(value)) continue;
    if (attribute === 'class') {
      const classes = value.split(/\s+/).filter((token) => allowedClasses.has(token));
      if (classes.length > 0) copy.setAttribute('class', classes.join(' '));
      continue;
    }
    copy.setAttribute(attribute, value);
  }
  copyChildren(source, copy);
  return copy;
}

function copyChildren(source: Node, target: Node): void {
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) target.appendChild(document.createTextNode(node.nodeValue ?? ''));
    else if (node.nodeType === Node.ELEMENT_NODE) {
      const copy = copyElement(node as Element);
      if (copy) target.appendChild(copy);
    }
  }
}

/**
 * One block of the other page, as it is rendered there, made fit to sit inside this page: its text and the
 * allowed elements and attributes above, made anew here. No ids (they would repeat this page's), no islands
 * (their notes are on the other page), no handlers, styles or other documents.
 */
export function copiedBlock(other: Document, id: string): DocumentFragment | undefined {
  const source = other.getElementById(id);
  if (!source) return undefined;
  const fragment = document.createDocumentFragment();
  copyChildren(source, fragment);
  return fragment;
}
