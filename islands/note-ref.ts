/**
 * A link to a note at the essay's end (a footnote reference or a glossary term). The server renders a plain
 * link to the note inside `<span data-island="note-ref" data-goto-label="…">`. Here: a mouse hovering shows
 * the note in a popover beside the text; a click, a tap or Enter pins it open (focus can then Tab into its
 * link to the full note); Escape, a second click, or moving focus or a tap elsewhere closes it.
 */
import { placePopover, popoverClass } from './popover';
import { islandInputs } from '@/lib/browser/islands';

interface Note {
  title?: string;
  text: string;
}

/** The note a link points to, read from the page without its back links: a footnote, or a `dt`/`dd` pair. */
export function readNote(hash: string): Note {
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: look the id up as written.
  }
  const note = document.getElementById(id);
  if (!note) return { text: '' };
  const clone = note.cloneNode(true) as HTMLElement;
  clone
    .querySelectorAll('[data-footnote-backref], [data-glossary-backref], [data-backrefs]')
    .forEach((el) => el.remove());
  const [dt, dd] = [clone.querySelector('dt'), clone.querySelector('dd')];
  if (dt && dd) return { title: dt.textContent?.trim(), text: dd.textContent?.trim() ?? '' };
  return { text: clone.textContent?.trim() ?? '' };
}

/** `hover`: shown while a mouse rests on it. `pinned`: opened by a click, tap or Enter; stays until closed. */
type Mode = 'hover' | 'pinned';

let count = 0;

export function mountNoteRef(wrapper: HTMLElement): void {
  const found = wrapper.querySelector<HTMLAnchorElement>(':scope > a');
  if (!found) return;
  const link: HTMLAnchorElement = found;
  const href = link.getAttribute('href') ?? '';
  const inputs = islandInputs(wrapper, 'note-ref');
  if (!inputs) return;
  const { gotoLabel } = inputs;
  const popoverId = `note-popover-${(count += 1)}`;
  let mode: Mode | undefined;
  let popover: HTMLElement | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Focus back to the reference first: removing the focused popover link would drop focus to <body>.
    if (wrapper.contains(document.activeElement)) link.focus();
    close();
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!wrapper.contains(event.target as Node)) close();
  };

  function render(note: Note): HTMLElement {
    const el = document.createElement('span');
    el.id = popoverId;
    el.setAttribute('role', 'note');
    el.dataset.notePopover = '';
    el.className = popoverClass;
    if (note.title) {
      const title = document.createElement('strong');
      title.className = 'block font-semibold';
      title.textContent = note.title;
      el.append(title);
    }
    const goto = document.createElement('a');
    goto.href = href;
    goto.className = 'text-(--color-accent) underline underline-offset-2';
    goto.textContent = gotoLabel;
    goto.addEventListener('click', () => close());
    el.append(note.text, ' ', goto);
    return el;
  }

  function show(next: Mode) {
    clearTimeout(closeTimer);
    mode = mode === 'pinned' ? 'pinned' : next;
    if (popover) return;
    popover = render(readNote(href));
    wrapper.append(popover);
    placePopover(popover); // measured in the same task, before paint: it never visibly jumps
    link.setAttribute('aria-expanded', 'true');
    link.setAttribute('aria-controls', popoverId);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
  }

  function close() {
    clearTimeout(closeTimer);
    mode = undefined;
    // Forget the popover before removing it: removing it blurs its focused link, and the `focusout` that
    // fires during the removal calls close() again (it threw "node to be removed is no longer a child").
    const open = popover;
    popover = undefined;
    open?.remove();
    link.setAttribute('aria-expanded', 'false');
    link.removeAttribute('aria-controls');
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('pointerdown', onPointerDown);
  }

  link.setAttribute('aria-expanded', 'false');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (mode === 'pinned') close();
    else show('pinned');
  });
  wrapper.addEventListener('pointerenter', (event) => {
    if (event.pointerType === 'mouse') show('hover');
  });
  wrapper.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'mouse') return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (mode === 'hover') close();
    }, 250);
  });
  wrapper.addEventListener('focusout', (event) => {
    if (!wrapper.contains(event.relatedTarget as Node | null)) close();
  });
}
