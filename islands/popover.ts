// Tailwind finds these classes by scanning the project's sources, islands/ included (the e2e popover tests
// would show an unstyled popover overflowing a phone screen).
/** The look of a popover beside the text (a note, a word's forms): below its anchor, centred on it. */
export const popoverClass =
  'ui absolute top-full left-1/2 z-30 mt-2 block w-72 max-w-[80vw] translate-x-[calc(-50%+var(--shift,0px))] rounded-md border border-(--color-rule) bg-(--color-paper) p-3 text-start text-sm leading-relaxed font-normal text-(--color-ink) shadow-lg';

/** Keep a popover inside the viewport: an anchor near a phone's edge would push half of it off. */
export function placePopover(el: HTMLElement): void {
  el.style.setProperty('--shift', '0px');
  const margin = 8;
  const { left, right } = el.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const shift = left < margin ? margin - left : right > viewport - margin ? viewport - margin - right : 0;
  el.style.setProperty('--shift', `${shift}px`);
}
