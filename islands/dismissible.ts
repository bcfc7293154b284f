/**
 * A `<details>` used as a popover (the reading settings, the phone table of contents) closes the way a
 * popover does: Escape (focus returns to its summary), a tap or click elsewhere, focus moving out of it, or
 * following a link inside it. Opening and closing themselves are the browser's, and work without script.
 */
export function dismissible(details: HTMLDetailsElement): void {
  const summary = details.querySelector('summary');
  const close = () => {
    details.open = false;
  };
  details.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !details.open) return;
    close();
    summary?.focus();
  });
  details.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !details.contains(next)) close();
  });
  details.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]')) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (details.open && !details.contains(event.target as Node)) close();
  });
}
