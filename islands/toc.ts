import { dismissible } from './dismissible';

/**
 * A table of contents that follows the reader: the link of the section being read gets
 * `aria-current="location"` (styled as the current entry), and the floating form shows that section's title
 * beside its label. The section being read is the last heading above the top third of the screen. Work is
 * done at most once a frame, and only reads positions of the headings.
 */
export function mountToc(root: HTMLElement): void {
  const floating = root instanceof HTMLDetailsElement ? root : undefined;
  if (floating) dismissible(floating);
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  const label = root.querySelector<HTMLElement>('[data-current-section]');
  let current = -1;
  let frame = 0;
  // The floating control is tucked away (below the screen, `data-tucked`) while the reader reads on and from
  // the notes to the end, and comes back when they scroll up: it never sits over the text being read (issue
  // 28). The server renders it tucked; an open list or a focused control is never tucked (CSS).
  const end = document.querySelector(
    'main section[data-footnotes], main section[data-glossary], main [data-about-essay]',
  );
  let lastY = window.scrollY;
  const tuck = () => {
    if (!floating) return;
    const y = window.scrollY;
    const atEnd = end ? end.getBoundingClientRect().top < window.innerHeight : false;
    if (atEnd) floating.dataset.tucked = '';
    else if (y < lastY - 8) delete floating.dataset.tucked;
    else if (y > lastY + 8) floating.dataset.tucked = '';
    else return; // a small move keeps the last state (and the last position to compare with)
    lastY = y;
  };
  const update = () => {
    frame = 0;
    tuck();
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
