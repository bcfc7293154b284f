/**
 * Per-paragraph English on a Chinese essay page. Each paragraph's "EN" control is a plain link to that
 * paragraph on the 中英对照 page (which is where it goes without JavaScript, or if the English cannot be
 * loaded). Here it becomes a toggle: the first use fetches the essay's English page once (`data-english-src`
 * on this island's root; nothing of it is in the Chinese page's bytes) and shows that paragraph's English
 * right below it; the next use hides it again. Content above the paragraph never moves.
 */
const safeHref = /^(https?:|\/|#)/i;

/** The English of one block, as it is rendered on the English page, made fit to sit inside this page. */
export function englishBlock(english: Document, id: string): DocumentFragment | undefined {
  const source = english.getElementById(id);
  if (!source) return undefined;
  const fragment = document.createDocumentFragment();
  for (const node of source.childNodes) fragment.append(document.importNode(node, true));
  // Its own paragraph tools, ids (they would repeat this page's) and islands (their notes are elsewhere).
  fragment.querySelectorAll('.para-tools').forEach((el) => el.remove());
  fragment.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  fragment.querySelectorAll('[data-island]').forEach((el) => el.removeAttribute('data-island'));
  // Defence in depth: only web, site and in-page links come along.
  fragment.querySelectorAll('[href]').forEach((el) => {
    if (!safeHref.test(el.getAttribute('href') ?? '')) el.removeAttribute('href');
  });
  return fragment;
}

export function mountParagraphEnglish(root: HTMLElement): void {
  const src = root.dataset.englishSrc;
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
    const shown = document.getElementById(`en-of-${id}`);
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
      box.id = `en-of-${id}`;
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
