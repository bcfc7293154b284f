/**
 * Per-paragraph English on a Chinese essay page. Each paragraph's "EN" control is a plain link to that
 * paragraph on the 中英对照 page (which is where it goes without JavaScript, or if the English cannot be
 * loaded). Here it becomes a toggle: the first use fetches the essay's English page once (`data-english-src`
 * on this island's root; nothing of it is in the Chinese page's bytes) and shows that paragraph's English
 * right below it; the next use hides it again. Content above the paragraph never moves.
 */
import { revealedEnglishId } from '@/lib/ids/block-id';
import { islandInputs } from '@/lib/browser/islands';

const htmlNamespace = 'http://www.w3.org/1999/xhtml';

/**
 * What an English block may bring into this page: the phrasing elements the translation is rendered with
 * (lib/markdown: emphasis, strong, code, links, line breaks; footnote and translator's note references in
 * `sup`; theme links; `span lang` around quoted Chinese, the note reference's wrapper, retired anchors) and
 * a few more of the same harmless kind. Anything else — script, style, meta, link, base, object, embed,
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
]);
/** Attributes kept, on any allowed element: `lang`; `class` only with the site's own classes below. */
const allowedAttributes: Readonly<Record<string, readonly string[]>> = {
  '*': ['lang', 'class'],
  a: ['href', 'data-footnote-ref', 'data-translator-note-ref'],
};
/** Classes the site's English blocks carry (a theme link, the note reference's wrapper, a retired anchor). */
const allowedClasses: ReadonlySet<string> = new Set(['theme-link', 'relative', 'retired-anchor']);
/** Web, site and in-page links only: `/x` but not `//host`, no `javascript:`, `data:` or odd whitespace. */
const safeHref = /^(https?:\/\/[^\s]+|\/(?![/\\])[^\s]*|#[^\s]*)$/i;

function copyElement(source: Element): Element | undefined {
  const name = source.localName;
  if (source.namespaceURI !== htmlNamespace || !allowedElements.has(name)) return undefined;
  // The source's own paragraph tools (its ¶ link) are this page's to draw, not the English's.
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
 * The English of one block, as it is rendered on the English page, made fit to sit inside this page: its
 * text and the allowed elements and attributes above, made anew here. No ids (they would repeat this
 * page's), no islands (their notes are on the other page), no handlers, styles or other documents.
 */
export function englishBlock(english: Document, id: string): DocumentFragment | undefined {
  const source = english.getElementById(id);
  if (!source) return undefined;
  const fragment = document.createDocumentFragment();
  copyChildren(source, fragment);
  return fragment;
}

export function mountParagraphEnglish(root: HTMLElement): void {
  const src = islandInputs(root, 'paragraph-english')?.englishSrc;
  if (!src) return;
  let english: Promise<Document> | undefined;
  const load = () =>
    (english ??= fetch(src).then(async (response) => {
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    }));

  const controls = root.querySelectorAll<HTMLAnchorElement>('a[data-para-english]');
  for (const control of controls) {
    control.setAttribute('role', 'button');
    control.setAttribute('aria-expanded', 'false');
  }

  // A disclosure button: its name stays ("显示本段英文"), `aria-expanded` says whether the English is shown.
  const toggle = async (control: HTMLAnchorElement) => {
    const id = control.dataset.paraEnglish ?? '';
    const block = document.getElementById(id);
    // While the English is being fetched, further taps wait for it rather than insert it twice.
    if (!block || control.hasAttribute('aria-busy')) return;
    const shown = document.getElementById(revealedEnglishId(id));
    if (shown) {
      const open = shown.hidden;
      shown.hidden = !open;
      control.setAttribute('aria-expanded', String(open));
      return;
    }
    control.setAttribute('aria-busy', 'true');
    try {
      const fragment = englishBlock(await load(), id);
      if (!fragment) throw new Error(`${src}: no block ${id}`);
      const box = document.createElement('div');
      box.id = revealedEnglishId(id);
      box.lang = 'en';
      box.className = 'para-english';
      box.dataset.paraEnglishOf = id;
      box.append(fragment);
      // A list item holds its English; a paragraph is followed by it.
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
    const control = (event.target as Element).closest<HTMLAnchorElement>('a[data-para-english]');
    if (!control || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void toggle(control);
  });
  // A link made a button answers Space as well as Enter.
  root.addEventListener('keydown', (event) => {
    const control = (event.target as Element).closest<HTMLAnchorElement>('a[data-para-english]');
    if (!control || event.key !== ' ') return;
    event.preventDefault(); // no scrolling; held down, Space does not toggle it on and off
    if (event.repeat) return;
    void toggle(control);
  });
}
