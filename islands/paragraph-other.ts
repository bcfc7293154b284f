/**
 * A paragraph in the other language, one tap away: its English on a Chinese essay page ("EN",
 * islands/paragraph-english.ts), its Chinese on an English one ("中", islands/paragraph-chinese.ts). Each
 * paragraph's control is a plain link to that paragraph on the 中英对照 page (which is where it goes without
 * JavaScript, or if the other page cannot be loaded). Here it becomes a toggle: the first use fetches the
 * essay's page in the other language once (its address is the island's input; nothing of it is in this page's
 * bytes) and shows that paragraph right below its partner; the next use hides it again. Content above the
 * paragraph never moves.
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

/** What one direction needs: the other page, its controls' attribute, and how a shown block is made. */
export interface ParagraphOther {
  /** Address of the essay's page in the other language. */
  readonly src: string;
  /** The controls' data attribute, as a `dataset` key (`paraEnglish` for `data-para-english`). */
  readonly control: 'paraEnglish' | 'paraChinese';
  /** The id of paragraph `id`'s shown block. */
  readonly shownId: (id: string) => string;
  /** The shown block's language tag, and its class (reading-tools.css). */
  readonly lang: string;
  readonly className: string;
}

const attributeOf = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function mountParagraphOther(root: HTMLElement, other: ParagraphOther): void {
  const { src } = other;
  const selector = `a[${attributeOf(other.control)}]`;
  let page: Promise<Document> | undefined;
  const load = () =>
    (page ??= fetch(src).then(async (response) => {
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    }));

  const controls = root.querySelectorAll<HTMLAnchorElement>(selector);
  for (const control of controls) {
    control.setAttribute('role', 'button');
    control.setAttribute('aria-expanded', 'false');
  }

  // A disclosure button: its name stays ("显示本段英文"), `aria-expanded` says whether the block is shown.
  const toggle = async (control: HTMLAnchorElement) => {
    const id = control.dataset[other.control] ?? '';
    const block = document.getElementById(id);
    // While the other page is being fetched, further taps wait for it rather than insert it twice.
    if (!block || control.hasAttribute('aria-busy')) return;
    const shown = document.getElementById(other.shownId(id));
    if (shown) {
      const open = shown.hidden;
      shown.hidden = !open;
      control.setAttribute('aria-expanded', String(open));
      return;
    }
    control.setAttribute('aria-busy', 'true');
    try {
      const fragment = copiedBlock(await load(), id);
      if (!fragment) throw new Error(`${src}: no block ${id}`);
      const box = document.createElement('div');
      box.id = other.shownId(id);
      box.lang = other.lang;
      box.className = other.className;
      box.dataset.paraOtherOf = id;
      box.append(fragment);
      // A list item holds its other half; a paragraph is followed by it.
      if (block.tagName === 'LI') block.append(box);
      else block.after(box);
      control.setAttribute('aria-controls', box.id);
      control.setAttribute('aria-expanded', 'true');
    } catch (error) {
      console.warn(error);
      window.location.href = control.href;
    } finally {
      control.removeAttribute('aria-busy');
    }
  };

  root.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLAnchorElement>(selector);
    if (!control || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void toggle(control);
  });
  // A link made a button answers Space as well as Enter.
  root.addEventListener('keydown', (event) => {
    const control = (event.target as Element).closest<HTMLAnchorElement>(selector);
    if (!control || event.key !== ' ') return;
    event.preventDefault(); // no scrolling; held down, Space does not toggle it on and off
    if (event.repeat) return;
    void toggle(control);
  });
}
