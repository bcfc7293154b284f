/**
 * One listener for every ¶ link of the page: the link still goes to the paragraph (its `#id`), and the
 * paragraph's full URL is also copied, announced politely by the status element this island mounts on.
 */
export function mountPermalinkCopy(status: HTMLElement): void {
  const copiedLabel = status.dataset.copiedLabel ?? '';
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-permalink]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = `${location.origin}${location.pathname}${link.hash}`;
    navigator.clipboard?.writeText(url).then(
      () => {
        status.textContent = copiedLabel;
      },
      () => {
        status.textContent = '';
      },
    );
  });
}
