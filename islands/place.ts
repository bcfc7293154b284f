/**
 * The reader's place: the first paragraph or heading of the essay that reaches below the sticky header.
 * Switches that change the page (简 / 繁 / EN, 中文 / 中英对照) carry it as `#id`; changes that reflow the
 * page in place (font size, re-measuring skipped blocks) put it back where it was on the screen.
 */
const blockSelector =
  'main [id^="p-"]:not([data-retired]), main [id^="en-p-"]:not([data-retired]), main h2[id], main h3[id]';

/** Bottom edge of the sticky site header (the first `<header>` of the page), in viewport pixels. */
function headerBottom(): number {
  return document.querySelector('body > header, header')?.getBoundingClientRect().bottom ?? 0;
}

/** The block at the top of the reading area, or `undefined` at the very top of the page. */
export function blockInView(): HTMLElement | undefined {
  if (window.scrollY < 1) return undefined;
  const top = headerBottom();
  for (const block of document.querySelectorAll<HTMLElement>(blockSelector)) {
    // The text's bottom: a paragraph's bottom padding is the gap that holds its tools (reading-tools.css).
    const bottom = block.getBoundingClientRect().bottom - parseFloat(getComputedStyle(block).paddingBlockEnd);
    if (bottom > top + 8) return block;
  }
  return undefined;
}

/**
 * Id of the block in view, for a link to the same place in another page. On 中英对照 an English block
 * (`en-p-12`, or an English heading) stands for its Chinese partner, whose id every form of the page has.
 */
export function anchorInView(): string | undefined {
  const block = blockInView();
  const row = block?.closest('.bi-row');
  const partner = row?.querySelector<HTMLElement>('.bi-zh [id]');
  return (partner ?? block)?.id;
}

/**
 * Remember where the block in view sits on the screen; the returned function scrolls so that it sits there
 * again (call it after the page has been changed: it reads layout once and scrolls once).
 */
export function keepPlace(): () => void {
  const block = blockInView();
  if (!block) return () => undefined;
  const before = block.getBoundingClientRect().top;
  return () => {
    const moved = block.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  };
}

/** Point a link to another form of this page (another script, 中英对照) at the block in view. */
export function carryPlace(link: HTMLAnchorElement): void {
  const id = anchorInView();
  link.hash = id ? `#${id}` : '';
}
