/**
 * Where the browser actually broke lines, measured in the page (passed to `page.evaluate`, so every function
 * here is self-contained: no imports, no helpers from outside its own body).
 *
 * A character's line is found from its rectangle (a Range over the character): a new line starts where a
 * character's vertical middle lies more than half a line height below the previous character's. Characters
 * without a box (collapsed spaces, hidden text) are skipped.
 */

/** A heading's text (`textContent`, so `<wbr>` counts for nothing) and the offsets where its lines start. */
export interface HeadingLines {
  readonly tag: string;
  readonly text: string;
  /** UTF-16 offsets into `text` of the first character of the second, third … line. */
  readonly breaks: number[];
}

/** Every visible h1, h2 and h3 in `<main>` with the offsets where its lines break. */
export function headingLines(): HeadingLines[] {
  const results: HeadingLines[] = [];
  const range = document.createRange();
  for (const heading of document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3)')) {
    if (heading.offsetWidth <= 1 || heading.offsetHeight <= 1) continue; // screen-reader-only
    const lineHeight = parseFloat(getComputedStyle(heading).lineHeight) || heading.offsetHeight;
    const breaks: number[] = [];
    let offset = 0;
    let lastMiddle: number | undefined;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      for (let i = 0; i < text.length;) {
        const length = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        range.setStart(node, i);
        range.setEnd(node, i + length);
        const rect = Array.from(range.getClientRects()).find((r) => r.width > 0);
        if (rect) {
          const middle = (rect.top + rect.bottom) / 2;
          if (lastMiddle !== undefined && middle > lastMiddle + lineHeight / 2) breaks.push(offset + i);
          lastMiddle = middle;
        }
        i += length;
      }
      offset += text.length;
    }
    results.push({ tag: heading.tagName.toLowerCase(), text: heading.textContent ?? '', breaks });
  }
  return results;
}

/** One line of a justified paragraph and the space justification added between its Han characters. */
export interface JustifiedLine {
  readonly paragraph: string;
  readonly text: string;
  /** Average extra advance between two adjacent Han characters on the line, in em (0 on a line set solid). */
  readonly extraEm: number;
  /** The start of the next line: what did not fit on this one. */
  readonly next: string;
  /** How many characters of the paragraph's text the next line holds, when it is the paragraph's last line. */
  readonly lastLineLength?: number;
}

/**
 * Every line but the last of every justified paragraph of the essay, with how far apart justification
 * pushed its Han characters: a Han character's natural advance is 1 em (CJK fonts are set on a square
 * body), so the distance from one Han character's left edge to the next one's, less 1 em, is the space
 * justification added there. Lines with no two Han characters side by side are not measured.
 */
export function justifiedLines(): { lines: JustifiedLine[]; unmeasured: number } {
  const lines: JustifiedLine[] = [];
  let unmeasured = 0;
  const han = /^\p{Script=Han}$/u;
  const range = document.createRange();
  for (const paragraph of document.querySelectorAll<HTMLElement>('.prose-zh p')) {
    if (getComputedStyle(paragraph).textAlign !== 'justify') continue;
    const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
    type Glyph = { char: string; left: number; middle: number; fontSize: number; tool: boolean };
    const rows: Glyph[][] = [];
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const fontSize = parseFloat(getComputedStyle(node.parentElement!).fontSize);
      const text = node.data;
      for (let i = 0; i < text.length;) {
        const length = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        range.setStart(node, i);
        range.setEnd(node, i + length);
        const rect = Array.from(range.getClientRects()).find((r) => r.width > 0);
        if (rect) {
          const glyph = {
            char: text.slice(i, i + length),
            left: rect.left,
            middle: (rect.top + rect.bottom) / 2,
            fontSize,
            tool: node.parentElement?.closest('.para-tools') !== null,
          };
          const row = rows.at(-1);
          const last = row?.at(-1);
          if (row && last && glyph.middle <= last.middle + lineHeight / 2) row.push(glyph);
          else rows.push([glyph]);
        }
        i += length;
      }
    }
    rows.forEach((row, r) => {
      const next = rows[r + 1];
      if (!next) return;
      const extras: number[] = [];
      for (let k = 0; k + 1 < row.length; k += 1) {
        const a = row[k]!;
        const b = row[k + 1]!;
        if (han.test(a.char) && han.test(b.char) && a.fontSize === b.fontSize)
          extras.push((b.left - a.left - a.fontSize) / a.fontSize);
      }
      if (extras.length === 0) {
        unmeasured += 1;
        return;
      }
      const extraEm = extras.reduce((sum, e) => sum + e, 0) / extras.length;
      const text = row.map((g) => g.char).join('');
      lines.push({
        paragraph: paragraph.id,
        text,
        extraEm,
        next: next
          .map((g) => g.char)
          .join('')
          .slice(0, 16),
        lastLineLength: r + 2 === rows.length ? next.filter((g) => !g.tool).length : undefined,
      });
    });
  }
  return { lines, unmeasured };
}
