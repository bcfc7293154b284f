/**
 * A paragraph in the other language, one tap away: its English on a Chinese essay page ("EN",
 * islands/paragraph-english.ts), its Chinese on an English one ("中", islands/paragraph-chinese.ts). Each
 * paragraph's control is a plain link to that paragraph on the 中英对照 page (which is where it goes without
 * JavaScript, or if the other page cannot be loaded). Here it becomes a toggle: the first use fetches the
 * essay's page in the other language once (its address is the island's input; nothing of it is in this page's
 * bytes) and shows that paragraph right below its partner; the next use hides it again. Content above the
 * paragraph never moves. What is copied, and how, is islands/lazy/paragraph-copy.ts, loaded with the other page.
 */

import { lazyIsland, type LazyIslands } from './lazy-islands';

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
  // The other page and the code that copies from it, fetched side by side.
  let page: Promise<[Document, LazyIslands['paragraph-copy']]> | undefined;
  const load = () =>
    (page ??= Promise.all([
      fetch(src).then(async (response) => {
        if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      }),
      lazyIsland('paragraph-copy'),
    ]));

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
      const [otherPage, { copiedBlock }] = await load();
      const fragment = copiedBlock(otherPage, id);
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
