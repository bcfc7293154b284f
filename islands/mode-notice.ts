import { modeRedirectedKey } from '@/lib/browser/reading-mode';
import { islandInputs } from '@/lib/browser/islands';

/**
 * On a 中英对照 page: when the reader's remembered choice sent them here from the Chinese page a link named
 * (`/zh-hans/articles/x/#p-5` → `/zh-hans/articles/x/bilingual/#p-5`, lib/browser/reading-mode.ts), say so quietly
 * and offer the named page. Its link is a `reading-mode-switch` one: following it remembers 中文, so the
 * Chinese page no longer redirects, and it lands on the paragraph in view. Closed by its button or Escape.
 */
export function mountModeNotice(root: HTMLElement): void {
  let named: string | null = null;
  try {
    named = sessionStorage.getItem(modeRedirectedKey);
    sessionStorage.removeItem(modeRedirectedKey);
  } catch {
    return;
  }
  // Only for this page's own Chinese form (a stale note from another essay says nothing here).
  const from = islandInputs(root, 'mode-notice')?.from;
  if (from === undefined) return;
  if (!named || !named.startsWith(from)) return;
  const link = root.querySelector<HTMLAnchorElement>('a[data-reading-mode]');
  if (link) link.href = named;
  const close = () => {
    root.hidden = true;
    document.removeEventListener('keydown', onKey);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  root.querySelector('button[data-dismiss]')?.addEventListener('click', close);
  document.addEventListener('keydown', onKey);
  root.hidden = false;
}
