/**
 * Theme links in an essay's text (`a.theme-link`) open a small popover, as glossary terms do, with the
 * theme's name, its one-line description and a link to the theme page (issue 28): a reader who has met the
 * glossary popovers expects a definition, not to leave the essay. Without scripting the link simply goes
 * to the theme page. One delegated listener for every link (an essay has dozens); the root is the page's
 * hidden list of its themes (components/themes/theme-notes.tsx), which the popover copies from.
 */
import { placePopover, popoverClass } from './popover';

export function mountThemeRef(root: HTMLElement): void {
  const notes = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-theme-note]')].map((n) => [n.dataset.themeNote, n]),
  );
  let open: { link: HTMLAnchorElement; wrapper: HTMLElement; popover: HTMLElement } | undefined;

  const close = (refocus = false) => {
    if (!open) return;
    const { link, popover } = open;
    open = undefined;
    if (refocus && popover.contains(document.activeElement)) link.focus();
    popover.remove();
    link.setAttribute('aria-expanded', 'false');
    link.removeAttribute('aria-controls');
  };

  function show(link: HTMLAnchorElement, note: HTMLElement) {
    // The popover sits beside the link in a positioned wrapper (made once per link; moving the link would
    // drop its focus, so focus is put back).
    let wrapper = link.parentElement;
    if (!wrapper?.hasAttribute('data-theme-ref')) {
      const focused = document.activeElement === link;
      wrapper = document.createElement('span');
      wrapper.dataset.themeRef = '';
      wrapper.className = 'relative';
      link.replaceWith(wrapper);
      wrapper.append(link);
      if (focused) link.focus();
    }
    const popover = document.createElement('span');
    popover.id = 'theme-popover';
    popover.setAttribute('role', 'note');
    popover.dataset.themePopover = '';
    popover.className = popoverClass;
    popover.append(...[...note.childNodes].map((node) => node.cloneNode(true)));
    wrapper.append(popover);
    placePopover(popover);
    link.setAttribute('aria-expanded', 'true');
    link.setAttribute('aria-controls', popover.id);
    open = { link, wrapper, popover };
  }

  for (const link of document.querySelectorAll('main a.theme-link[data-topic]'))
    link.setAttribute('aria-expanded', 'false');

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('main a.theme-link[data-topic]');
    const note = link && notes.get(link.dataset.topic);
    if (!link || !note) return;
    event.preventDefault();
    const same = open?.link === link;
    close();
    if (!same) show(link, note);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(true);
  });
  document.addEventListener('pointerdown', (event) => {
    if (open && !open.wrapper.contains(event.target as Node)) close();
  });
  document.addEventListener('focusin', (event) => {
    if (open && !open.wrapper.contains(event.target as Node)) close();
  });
}
