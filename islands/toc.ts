import { dismissible } from './dismissible';

/**
 * A table of contents that follows the reader: the link of the section being read gets
 * `aria-current="location"` (styled as the current entry). The section being read is the last heading above
 * the top third of the screen. Work is done at most once a frame, and only reads positions of the headings.
 * The header's contents (a `<details>`, components/article/table-of-contents.tsx) close like a popover and
 * open on the current entry.
 */
export function mountToc(root: HTMLElement): void {
  const menu = root instanceof HTMLDetailsElement ? root : undefined;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let current = -1;
  let frame = 0;
  if (menu) {
    dismissible(menu);
    menu.addEventListener('toggle', () => {
      if (menu.open) links[current]?.scrollIntoView({ block: 'nearest' });
    });
  }
  const update = () => {
    frame = 0;
    const line = window.innerHeight / 3;
    let index = -1;
    headings.forEach((heading, i) => {
      if (heading && heading.getBoundingClientRect().top <= line) index = i;
    });
    if (index === current) return;
    links[current]?.removeAttribute('aria-current');
    current = index;
    links[index]?.setAttribute('aria-current', 'location');
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
}
