/**
 * The essay's short title in the site header once the reader is past the h1 (issue 28), so a reader who
 * arrived at a shared `#p-12` knows what they are reading. One IntersectionObserver on the h1 (no scroll
 * handler); the header gets `data-past-title` and CSS swaps the site's name for the title in the same box,
 * so nothing moves.
 */
export function mountHeaderTitle(root: HTMLElement): void {
  const header = root.closest<HTMLElement>('[data-site-header]');
  const title = document.querySelector('main h1');
  if (!header || !title || typeof IntersectionObserver === 'undefined') return;
  const observer = new IntersectionObserver(
    ([entry]) => {
      if (!entry) return;
      // Past it: out of view above the header, not below the screen.
      const past = !entry.isIntersecting && entry.boundingClientRect.bottom <= (entry.rootBounds?.top ?? 0) + 1;
      header.toggleAttribute('data-past-title', past);
    },
    { rootMargin: `-${Math.round(header.getBoundingClientRect().height)}px 0px 0px 0px` },
  );
  observer.observe(title);
}
