'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type ComponentProps, type PointerEvent } from 'react';

interface NoteRefProps extends ComponentProps<'a'> {
  /** Label of the link inside the popover that jumps to the note. */
  gotoLabel: string;
}

/**
 * The note a link points to, read from the page (each note is rendered once, at the essay's end) without
 * its back links: a footnote's text, or a glossary entry's term (`dt`) and definition (`dd`).
 */
function readNote(hash: string): { title?: string; text: string } {
  const note = document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!note) return { text: '' };
  const clone = note.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('[data-footnote-backref], [data-glossary-backref]').forEach((el) => el.remove());
  const [dt, dd] = [clone.querySelector('dt'), clone.querySelector('dd')];
  if (dt && dd) return { title: dt.textContent?.trim(), text: dd.textContent?.trim() ?? '' };
  return { text: clone.textContent?.trim() ?? '' };
}

/** `hover`: shown while a mouse rests on it. `pinned`: opened by a click, tap or Enter; stays until closed. */
type Mode = 'hover' | 'pinned';

const isMouse = (event: PointerEvent) => event.pointerType === 'mouse';

/**
 * A link to a note at the essay's end (a footnote reference or a glossary term): without JavaScript a
 * plain link to the note. With it, a mouse hovering shows the
 * note in a popover beside the text; a click, a tap or Enter pins it open (focus can then Tab into its
 * link to the full note); Escape, a second click, or moving focus or a tap elsewhere closes it.
 */
export function NoteRef({ gotoLabel, href = '', children, ...props }: NoteRefProps) {
  const [state, setState] = useState<{ mode: Mode; note: { title?: string; text: string } }>();
  const popoverId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const popover = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const show = (mode: Mode) => {
    clearTimeout(closeTimer.current);
    setState((current) => ({ mode: current?.mode === 'pinned' ? 'pinned' : mode, note: readNote(href) }));
  };
  const close = () => {
    clearTimeout(closeTimer.current);
    setState(undefined);
  };
  const closeHoverSoon = (event: PointerEvent) => {
    if (!isMouse(event)) return;
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setState((s) => (s?.mode === 'hover' ? undefined : s)), 250);
  };

  const isOpen = state !== undefined;
  useEffect(() => {
    if (!isOpen) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const hadFocus = wrapper.current?.contains(document.activeElement);
      close();
      if (hadFocus) link.current?.focus();
    };
    const onPointerDown = (event: globalThis.PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [isOpen]);
  useEffect(() => () => clearTimeout(closeTimer.current), []);
  // Keep the popover inside the viewport: a reference near the edge of a phone screen would otherwise
  // push half of it off-screen. Measured after layout, before paint, so it never visibly jumps.
  useLayoutEffect(() => {
    const el = popover.current;
    if (!el) return;
    el.style.setProperty('--shift', '0px');
    const margin = 8;
    const { left, right } = el.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const shift = left < margin ? margin - left : right > viewport - margin ? viewport - margin - right : 0;
    el.style.setProperty('--shift', `${shift}px`);
  }, [state?.note]);

  return (
    <span
      ref={wrapper}
      className="relative"
      onPointerEnter={(event) => isMouse(event) && show('hover')}
      onPointerLeave={closeHoverSoon}
      onBlur={(event) => {
        if (!wrapper.current?.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <a
        {...props}
        ref={link}
        href={href}
        aria-expanded={isOpen}
        aria-controls={isOpen ? popoverId : undefined}
        onClick={(event) => {
          event.preventDefault();
          if (state?.mode === 'pinned') close();
          else show('pinned');
        }}
      >
        {children}
      </a>
      {state ? (
        <span
          ref={popover}
          id={popoverId}
          role="note"
          data-note-popover=""
          className="ui absolute top-full left-1/2 z-30 mt-2 block w-72 max-w-[80vw] translate-x-[calc(-50%+var(--shift,0px))] rounded-md border border-(--color-rule) bg-(--color-paper) p-3 text-start text-sm leading-relaxed font-normal text-(--color-ink) shadow-lg"
        >
          {state.note.title ? <strong className="block font-semibold">{state.note.title}</strong> : null}
          {state.note.text}{' '}
          <a href={href} onClick={close} className="text-(--color-accent)">
            {gotoLabel}
          </a>
        </span>
      ) : null}
    </span>
  );
}
