import { dismissible } from './dismissible';

/**
 * A table of contents that follows the reader: the link of the section being read gets
 * `aria-current="location"` (styled as the current entry), and the floating form shows that section's title
 * beside its label. The section being read is the last heading above the top third of the screen. Work is
 * done at most once a frame, and only reads positions of the headings.
 */
export function mountToc(root: HTMLElement): void {
  if (root instanceof HTMLDetailsElement) dismissible(root);
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  const label = root.querySelector<HTMLElement>('[data-current-section]');
  let current = -1;
  let frame = 0;
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
    const link = links[index];
    link?.setAttribute('aria-current', 'location');
    // A copy of the entry's nodes, not its text: a heading's regional words stay one word (lib/regional/wrap.ts).
    if (label) label.replaceChildren(...[...(link?.childNodes ?? [])].map((node) => node.cloneNode(true)));
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
}
