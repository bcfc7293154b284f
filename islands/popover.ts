// Tailwind finds these classes by scanning the project's sources, islands/ included (the e2e popover tests
// would show an unstyled popover overflowing a phone screen).
/** The look of a popover beside the text (a note, a word's forms): below its anchor, centred on it. */
export const popoverClass =
  'ui absolute top-full left-1/2 z-30 mt-2 block w-72 max-w-[80vw] translate-x-[calc(-50%+var(--shift,0px))] rounded-md border border-(--color-rule) bg-(--color-paper) p-3 text-start text-sm leading-relaxed font-normal text-(--color-ink) shadow-lg';

/**
 * Keep a popover inside the viewport: an anchor near a phone's edge would push half of it off, and one on the
 * screen's last lines would put the popover's foot, with its link, below the screen or under the listen bar
 * (a theme's popover ended at 870 px on an 844 px phone). Then it opens above its anchor, when there is room
 * for it there below the sticky header.
 */
export function placePopover(el: HTMLElement): void {
  const { style } = el;
  style.cssText = '';
  const margin = 8;
  const { left, right, bottom, height } = el.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const shift = left < margin ? margin - left : right > viewport - margin ? viewport - margin - right : 0;
  style.setProperty('--shift', `${shift}px`);
  const edge = (selector: string, side: 'top' | 'bottom') =>
    document.querySelector(selector)?.getBoundingClientRect()[side];
  const foot = edge('.listen-bar', 'top') ?? innerHeight;
  const anchor = el.offsetParent?.getBoundingClientRect().top ?? 0;
  // Above: its foot half a rem (8 px) over the anchor, its top below the header.
  if (bottom > foot - margin && anchor - height - 2 * margin > Math.max(edge('[data-site-header]', 'bottom') ?? 0, 0))
    style.cssText += 'top:auto;bottom:100%;margin:0 0 .5rem';
}
