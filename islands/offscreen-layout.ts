/**
 * Lets the browser skip laying out the essay's off-screen blocks (`content-visibility`, see the CSS by
 * `data-offscreen-skip` in app/globals.css), but only once the page has loaded and been rendered in full:
 * a link to `#p-N` has landed on exact positions, and every block's real size has been recorded as its
 * `contain-intrinsic-size: auto`, so turning skipping on moves nothing.
 */
export function mountOffscreenLayout(article: HTMLElement): void {
  const enable = () =>
    // Two frames: the first renders the loaded page (sizes are recorded then), the second turns it on.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        article.dataset.offscreenSkip = '';
      }),
    );
  if (document.readyState === 'complete') enable();
  else window.addEventListener('load', enable, { once: true });
}
