const shownMs = 2500;

/**
 * One listener for every ¶ link of the page: the link still goes to the paragraph (its `#id`), and the
 * paragraph's full URL is also copied, announced politely by the status element this island mounts on and
 * shown for a moment as a notice.
 */
export function mountPermalinkCopy(status: HTMLElement): void {
  const copiedLabel = status.dataset.copiedLabel ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-permalink]');
    if (!(link instanceof HTMLAnchorElement)) return;
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
