import { islandInputs } from '@/lib/browser/islands';

const shownMs = 2500;

/**
 * One listener for every ¶ link of the page: the paragraph's full URL is copied, announced politely by the
 * status element this island mounts on and shown for a moment as a notice. The address bar takes the
 * paragraph's `#id` without moving the page (a reader copying a link is reading, not navigating, and the
 * shared-link highlight is for readers who arrive by the link); without scripting the link simply goes to
 * the paragraph.
 */
export function mountPermalinkCopy(status: HTMLElement): void {
  const inputs = islandInputs(status, 'permalink-copy');
  if (!inputs) return;
  const { copiedLabel } = inputs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-permalink]');
    if (!(link instanceof HTMLAnchorElement)) return;
    if (event instanceof MouseEvent && (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    event.preventDefault();
    history.replaceState(history.state, '', link.hash);
    const url = `${location.origin}${location.pathname}${link.hash}`;
    navigator.clipboard?.writeText(url).then(
      () => {
        status.textContent = copiedLabel;
        status.dataset.visible = '';
        clearTimeout(timer);
        timer = setTimeout(() => {
          delete status.dataset.visible;
          status.textContent = '';
        }, shownMs);
      },
      () => {
        status.textContent = '';
      },
    );
  });
}
