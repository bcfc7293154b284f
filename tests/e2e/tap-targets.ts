/**
 * Tap targets and what covers the text, measured in the page (passed to `page.evaluate`, so each function
 * is self-contained). A target's size is what a finger can hit, not its box: along the horizontal and the
 * vertical line through its middle, the run of points where `elementFromPoint` finds the target, so a
 * pseudo-element hit area counts and a part covered by something else does not; a hit area that reaches the
 * screen's edge counts as reaching on (nothing beyond the edge can be hit instead).
 */

export interface TargetSize {
  readonly what: string;
  readonly width: number;
  readonly height: number;
  /** The hit area's run (across or down) stopped at another control's: two targets closer than 44 px share it. */
  readonly shared: boolean;
  /** The control's own box (its hit area, shared or not, must cover it). */
  readonly box: { readonly width: number; readonly height: number };
}

/**
 * Every visible control on the page (links, buttons, summaries, inputs) with the size of its hit area, each
 * measured after scrolling it to the middle of the screen. Left out: what matches `exclude`, and links
 * inside running text (WCAG 2.5.8's exception: a link in a sentence, whose block has text of its own),
 * except note marks, back links and the paragraph tools, which are not excepted.
 */
export function measureTargets(exclude: string): TargetSize[] {
  const controls = 'a[href], button, summary, input, select, textarea';
  const marks = '[data-footnote-ref], [data-translator-note-ref], [data-footnote-backref], [data-glossary-backref]';
  const inText = (el: Element) => {
    // The paragraph tools (¶ / EN) sit in the paragraph's box, but are no part of its sentences.
    if (!el.matches('a') || el.matches(marks) || el.closest('.para-tools')) return false;
    const block = el.closest('p, li, dd, dt, blockquote, td, h2, h3');
    return block !== null && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 1;
  };
  const results: TargetSize[] = [];
  const run = (el: Element, x: number, y: number, dx: number, dy: number) => {
    let n = 0;
    for (let i = 1; i <= 60; i++) {
      const [px, py] = [x + dx * i, y + dy * i];
      // A target that reaches the screen's edge goes on as far as a finger is concerned.
      // (Within 4 px of it: the page's own frame, `overflow-x: clip` on <main>, ends a fraction short.)
      if (px < 4 || py < 0 || px >= innerWidth - 4 || py >= innerHeight) return { n: n + 60 - i + 1, other: false };
      const hit = document.elementFromPoint(px, py)?.closest(controls);
      if (hit !== el) return { n, other: hit !== null && hit !== undefined };
      n++;
    }
    return { n, other: false };
  };
  for (const el of document.querySelectorAll(controls)) {
    if (exclude && el.closest(exclude)) continue;
    if (inText(el)) continue;
    if (el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) continue; // tucked away
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const centre = document.elementFromPoint(x, y)?.closest(controls) === el;
    const [left, right, up, down] = centre
      ? [run(el, x, y, -1, 0), run(el, x, y, 1, 0), run(el, x, y, 0, -1), run(el, x, y, 0, 1)]
      : [];
    const width = left && right ? 1 + left.n + right.n : 0;
    const height = up && down ? 1 + up.n + down.n : 0;
    const shared = [left, right, up, down].some((side) => side?.other);
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24);
    const id = el.id ? `#${el.id}` : el.closest('.para-tools') ? `.${el.className}` : '';
    results.push({
      what: `${el.tagName.toLowerCase()}${id} "${label}"`,
      width,
      height,
      shared,
      box: { width: Math.floor(r.width), height: Math.floor(r.height) },
    });
  }
  return results;
}

/**
 * Where a control fixed on the screen overlaps the text: each line of a paragraph, heading, list item or quote
 * of the essay (a Range's line boxes) and each paragraph tool that intersects a visible `position: fixed`
 * element (the sticky site header, which the text scrolls under by design, and the 2 px reading-progress bar
 * inside its top edge are not such controls). Issue 28: a floating 目录 covered the lines under it.
 */
export function fixedOverlaps(): string[] {
  const hits: string[] = [];
  const range = document.createRange();
  // Which elements are fixed is found once per page (reading every element's style at each stop of a scroll
  // through a long page is slow); whether each is shown is read every time.
  const page = window as unknown as { __fixedElements?: HTMLElement[] };
  page.__fixedElements ??= [...document.querySelectorAll<HTMLElement>('body *')].filter(
    (el) => !el.closest('[data-site-header]') && getComputedStyle(el).position === 'fixed',
  );
  const boxes = page.__fixedElements.filter((el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.height <= 2 || style.opacity === '0' || style.visibility === 'hidden') return false;
    return r.width > 0 && r.bottom > 0 && r.top < innerHeight;
  });
  for (const control of boxes) {
    const p = control.getBoundingClientRect();
    const name =
      control.getAttribute('data-island') || control.className.split(' ')[0] || control.tagName.toLowerCase();
    const meets = (r: DOMRect) =>
      r.width > 0 && r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
    for (const block of document.querySelectorAll('main :is(p, li, h1, h2, h3, blockquote, dt, dd), footer a')) {
      if (control.contains(block)) continue;
      const b = block.getBoundingClientRect();
      if (b.bottom < p.top || b.top > p.bottom) continue;
      range.selectNodeContents(block);
      if ([...range.getClientRects()].some(meets)) hits.push(`${name} over ${block.tagName.toLowerCase()}#${block.id}`);
    }
    for (const tool of document.querySelectorAll('main .para-tools > a'))
      if (meets(tool.getBoundingClientRect())) hits.push(`${name} over the tools of ${tool.closest('[id]')?.id}`);
  }
  return [...new Set(hits)];
}
