/**
 * 直排 (app/styles/vertical.css): what vertical setting needs besides CSS, loaded the first time a reader
 * chooses it (islands/writing-choice.ts).
 */
import { shortNumberRuns } from '@/lib/text/short-numbers';
import { renderInFull } from '../offscreen-layout';
import { blockInView } from '../place';

/** The essay's text when it is set vertically (the CSS applies: wide screen, 直排 chosen), else undefined. */
export function verticalBand(): HTMLElement | undefined {
  const band = document.querySelector<HTMLElement>("[data-island='paragraph-english'] > .prose-zh");
  return band && getComputedStyle(band).writingMode.startsWith('vertical') ? band : undefined;
}

/** Wrap the essay's short numbers in `.tcy` spans (once; the text is unchanged, so copying copies the same). */
function setNumbersUpright(band: HTMLElement): void {
  if (band.dataset.tcy !== undefined) return;
  band.dataset.tcy = '';
  const walker = document.createTreeWalker(band, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.para-tools, sup, code, table, pre, [lang="en"]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const value = text.data;
    const runs = shortNumberRuns(value); // lib/text/short-numbers.ts: the same rule as the vertical EPUBs
    if (runs.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of runs) {
      fragment.append(value.slice(at, start));
      const cell = document.createElement('span');
      cell.className = 'tcy';
      cell.textContent = value.slice(start, end);
      fragment.append(cell);
      at = end;
    }
    fragment.append(value.slice(at));
    text.replaceWith(fragment);
  }
}

const headerBottom = () => document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
/** The band's place on screen: its top this far below the header (vertical.css sizes it to fit below). */
const margin = 16;

/**
 * The wheel scrolls the band in the reading direction (a mouse has no horizontal wheel): down reads on, to the
 * left. Only with the band at its place, whole on screen just below the header: while the band is partly on
 * screen the wheel scrolls the page towards that place and stops there (a wheel notch would otherwise jump past
 * it, leaving the lines' ends below the screen); at either end of the band, or scrolling away from it, the
 * wheel scrolls the page as usual, to the title or to what follows.
 */
function wheelAlong(band: HTMLElement): void {
  if (band.dataset.wheel !== undefined) return;
  band.dataset.wheel = '';
  band.addEventListener(
    'wheel',
    (event) => {
      if (!verticalBand() || event.ctrlKey || Math.abs(event.deltaX) >= Math.abs(event.deltaY)) return;
      const delta = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 32 : event.deltaY;
      const gap = band.getBoundingClientRect().top - (headerBottom() + margin);
      if (Math.abs(gap) > 2) {
        if ((delta > 0 && gap > 0) || (delta < 0 && gap < 0)) {
          event.preventDefault();
          window.scrollBy({ top: delta > 0 ? Math.min(delta, gap) : Math.max(delta, gap), behavior: 'instant' });
        }
        return;
      }
      // vertical-rl: scrollLeft is 0 at the start (the right end) and negative towards the end.
      const end = band.clientWidth - band.scrollWidth;
      const atEnd = delta > 0 && band.scrollLeft <= end + 1;
      const atStart = delta < 0 && band.scrollLeft >= -1;
      if (atEnd || atStart) return;
      event.preventDefault();
      band.scrollBy({ left: -delta, behavior: 'instant' });
    },
    { passive: false },
  );
}

/** Make the band reachable and scrollable by keyboard (its arrow keys scroll it), and named for it. */
function focusable(band: HTMLElement): void {
  if (!band.hasAttribute('tabindex')) band.tabIndex = 0;
}

/** Put the band at its place on screen, with `block` starting it (at its right end). */
function placeBand(band: HTMLElement, block: HTMLElement): void {
  band.scrollBy({
    left: block.getBoundingClientRect().right - band.getBoundingClientRect().right,
    behavior: 'instant',
  });
  window.scrollBy({ top: band.getBoundingClientRect().top - headerBottom() - margin, behavior: 'instant' });
}

export function setUpVertical(): void {
  const band = verticalBand();
  if (!band) return;
  const first = band.dataset.wheel === undefined;
  setNumbersUpright(band);
  wheelAlong(band);
  focusable(band);
  // Arriving at a paragraph (`#p-12`, a shared link) in 直排: the browser scrolls the page to the paragraph's
  // top, which is the band's, and can leave the lines' ends below the screen; the band is put at its place.
  const target = first && location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target && band.contains(target)) placeBand(band, target);
}

/** The block at the start of the band's visible part (the right): the first whose left edge is inside it. */
function blockInBand(band: HTMLElement): HTMLElement | undefined {
  const right = band.getBoundingClientRect().right;
  for (const block of band.querySelectorAll<HTMLElement>(':scope > [id], :scope > * > [id^="p-"]')) {
    if (block.getBoundingClientRect().left < right - 8) return block;
  }
  return undefined;
}

/**
 * Change between 横排 and 直排 (`apply` sets the choice) keeping the reader's place: the block being read
 * before is at the start of the band after (its right edge at the band's), or, going back to horizontal, at
 * the top of the screen below the header.
 */
export function switchWriting(apply: () => void): void {
  const before = verticalBand();
  const block = before ? blockInBand(before) : blockInView();
  apply();
  const band = verticalBand();
  if (band) setUpVertical();
  if (!block) return;
  if (band) {
    placeBand(band, block);
  } else {
    // Blocks the browser skips keep the sizes they had in 直排 until laid out again: lay them all out first.
    renderInFull();
    window.scrollBy({ top: block.getBoundingClientRect().top - headerBottom() - 8, behavior: 'instant' });
  }
}
