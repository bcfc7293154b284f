import { keepPlace } from './place';

/**
 * Lets the browser skip laying out the essay's off-screen blocks (`content-visibility`, see the CSS by
 * `data-offscreen-skip` in app/globals.css), but only once the page has been rendered in full: a link to
 * `#p-N` has landed on exact positions, and every block's real size has been recorded as its
 * `contain-intrinsic-size: auto`, so turning skipping on moves nothing.
 *
 * A font size change then reflows only what is near the screen (fast), which leaves the skipped blocks at
 * their old sizes; a second after the last change, when the browser is idle, the essay is rendered in full
 * once more to record the new sizes, so in-page links and the progress bar stay exact.
 */
const settleMs = 1000;

/** Turn skipping on: two frames, the first renders the page in full (sizes are recorded then). */
function skipAfterFullRender(article: HTMLElement): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      // Its value names the text size the recorded sizes are for (tests wait for it: a state, not a sleep).
      article.dataset.offscreenSkip = document.documentElement.dataset.font ?? 'm';
    }),
  );
}

/**
 * Lay the whole essay out now, at its blocks' real sizes, and skip again once they are recorded: for a change
 * that resizes every block at once and is measured at once (直排 ↔ 橫排, islands/lazy/vertical.ts). Skipped
 * blocks keep the sizes they had before, so a place measured across them would be off (a paragraph landed
 * 45 px below the header instead of 8).
 */
export function renderInFull(article = document.querySelector<HTMLElement>('[data-offscreen-skip]')): void {
  if (!article) return;
  delete article.dataset.offscreenSkip;
  skipAfterFullRender(article);
}

export function mountOffscreenLayout(article: HTMLElement): void {
  const skip = () => skipAfterFullRender(article);
  if (document.readyState === 'complete') skip();
  else window.addEventListener('load', skip, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 0);
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        whenIdle(() => {
          // Rendering the skipped blocks at their new sizes moves everything below the top of the essay:
          // keep the reader's paragraph where it is on the screen.
          const restore = keepPlace();
          renderInFull(article);
          restore();
        }),
      settleMs,
    );
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-font'] });
}
