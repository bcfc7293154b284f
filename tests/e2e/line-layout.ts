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

/**
 * Every visible h1, h2 and h3 in `<main>`, and every table-of-contents entry, with the offsets where its
 * lines break. The header's table of contents (a closed `<details>`) is opened to be measured.
 */
export function headingLines(): HeadingLines[] {
  const results: HeadingLines[] = [];
  const range = document.createRange();
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-toc]')) details.open = true;
  for (const heading of document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3), [data-toc-link]')) {
    if (heading.offsetWidth <= 1 || heading.offsetHeight <= 1) continue; // screen-reader-only
    const lineHeight = parseFloat(getComputedStyle(heading).lineHeight) || heading.offsetHeight;
    const breaks: number[] = [];
    let offset = 0;
    let lastMiddle: number | undefined;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.checkVisibility() === false) continue;
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
    const tag = heading.matches('[data-toc-link]') ? 'toc' : heading.tagName.toLowerCase();
    results.push({ tag, text: visibleText(heading), breaks });
  }
  return results;

  /** The text a reader sees: without the hidden half of a regional-wording pair (lib/regional/wrap.ts). */
  function visibleText(element: HTMLElement): string {
    let text = '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
      if (node.parentElement?.checkVisibility() !== false) text += node.data;
    return text;
  }
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
    type Glyph = { char: string; left: number; middle: number; fontSize: number };
    const rows: Glyph[][] = [];
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('.para-tools')) continue; // out of the flow, below the text
      const fontSize = parseFloat(getComputedStyle(node.parentElement!).fontSize);
      const text = node.data;
      for (let i = 0; i < text.length;) {
        const length = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        range.setStart(node, i);
        range.setEnd(node, i + length);
        // A hanging mark (app/styles/punctuation.css) has no advance of its own: zero-width glyphs count too.
        const rect = Array.from(range.getClientRects()).find((r) => r.height > 0);
        if (rect) {
          const glyph = {
            char: text.slice(i, i + length),
            left: rect.left,
            middle: (rect.top + rect.bottom) / 2,
            fontSize,
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
        lastLineLength: r + 2 === rows.length ? next.length : undefined,
      });
    });
  }
  return { lines, unmeasured };
}

/** A pair of punctuation marks side by side on one line: an opening mark after a full-width mark. */
export interface PunctuationPair {
  readonly paragraph: string;
  readonly pair: string;
  /** From the first mark's left edge to the second's right edge, in em of the first mark. */
  readonly widthEm: number;
  /** The line's extra space between Han characters, in em (a stretched line's pairs are not measured as set). */
  readonly lineExtraEm: number;
  readonly context: string;
}

/** A paragraph's last line, and how many letters (Han characters, Latin letters, digits) it holds. */
export interface ParagraphEnding {
  readonly paragraph: string;
  readonly lastLine: string;
  readonly letters: number;
  readonly lines: number;
}

/**
 * The Chinese essay text laid out in glyphs, per block (`.prose-zh` paragraphs, list items and headings, the
 * per-paragraph tools and a revealed English paragraph left out): every opening mark that follows a
 * full-width mark on the same line, with the pair's width, and every paragraph's last line.
 */
export function punctuationAndEndings(): { pairs: PunctuationPair[]; endings: ParagraphEnding[] } {
  const fullWidth = /^[，。、：；？！）」』”’》〉】〕（「『“‘《〈【〔]$/u;
  const openingMark = /^[（「『“‘《〈【〔]$/u;
  const letter = /^[\p{L}\p{N}]$/u;
  const han = /^\p{Script=Han}$/u;
  const latinOrDigit = /^[\p{Script=Latin}\p{N}]$/u;
  const pairs: PunctuationPair[] = [];
  const endings: ParagraphEnding[] = [];
  const range = document.createRange();
  for (const block of document.querySelectorAll<HTMLElement>(
    '.prose-zh :is(p, li, h2, h3):not(:has(p, li)):not(.para-english, .para-english *)',
  )) {
    if (!block.closest(':lang(zh)') || block.closest('[lang="en"], .para-english')) continue;
    const lineHeight = parseFloat(getComputedStyle(block).lineHeight) || 16;
    type Glyph = { char: string; left: number; right: number; middle: number; fontSize: number; hangs: boolean };
    const rows: Glyph[][] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.para-tools, sup, [data-footnote-ref]')) continue;
      const fontSize = parseFloat(getComputedStyle(parent).fontSize);
      const text = node.data;
      for (let i = 0; i < text.length;) {
        const length = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        range.setStart(node, i);
        range.setEnd(node, i + length);
        // A hanging mark (app/styles/punctuation.css) has no advance of its own: zero-width glyphs count too.
        const rect = Array.from(range.getClientRects()).find((r) => r.height > 0);
        if (rect) {
          const glyph = {
            char: text.slice(i, i + length),
            left: rect.left,
            right: rect.right,
            middle: (rect.top + rect.bottom) / 2,
            fontSize,
            hangs: parent.closest('pq-h') !== null,
          };
          const row = rows.at(-1);
          const last = row?.at(-1);
          if (row && last && glyph.middle <= last.middle + lineHeight / 2) row.push(glyph);
          else rows.push([glyph]);
        }
        i += length;
      }
    }
    const id = block.id || block.closest('[id]')?.id || block.tagName;
    for (const row of rows) {
      const text = row.map((g) => g.char).join('');
      // Justification widens every character's advance by the same amount: the line's extra space between
      // two Han characters (0 on a line set solid) is taken off both marks of a pair, which is measured as set.
      const extras = row.slice(1).flatMap((b, k) => {
        const a = row[k]!;
        return han.test(a.char) && han.test(b.char) && a.fontSize === b.fontSize ? [b.left - a.left - a.fontSize] : [];
      });
      const lineExtra = extras.length > 0 ? Math.max(0, extras.reduce((sum, e) => sum + e, 0) / extras.length) : 0;
      row.forEach((b, k) => {
        const a = row[k - 1];
        if (!a || !fullWidth.test(a.char) || !openingMark.test(b.char)) return;
        // A line without two Han characters side by side: a hanging mark's box is the widening alone.
        const extra = extras.length > 0 || !a.hangs ? lineExtra : a.right - a.left;
        pairs.push({
          paragraph: id,
          pair: a.char + b.char,
          // A hanging mark's advance is given back by a generated space after it: one more place to widen.
          // After a Latin letter or digit, text-autospace puts ⅛ em before the first mark.
          widthEm:
            (b.right - a.left - (a.hangs ? 3 : 2) * extra) / a.fontSize -
            (latinOrDigit.test(row[k - 2]?.char ?? '') ? 0.125 : 0),
          lineExtraEm: extra / a.fontSize,
          context: text.slice(Math.max(0, k - 6), k + 6),
        });
      });
    }
    const last = rows.at(-1);
    if (block.matches('p, li') && last) {
      const lastLine = last.map((g) => g.char).join('');
      endings.push({
        paragraph: id,
        lastLine,
        letters: Array.from(lastLine).filter((c) => letter.test(c)).length,
        lines: rows.length,
      });
    }
  }
  return { pairs, endings };
}

/** A justified line's Latin letters and how far justification pushed them apart. */
export interface LatinSpacing {
  readonly paragraph: string;
  readonly word: string;
  /** The most space justification added between two letters of one word on the line, in em. */
  readonly extraEm: number;
}

/**
 * How far justification spaces the letters of Latin words and numbers in the Chinese essay paragraphs: every
 * pair of Latin letters or digits side by side in one text node and on one line, measured as justified and again with the
 * paragraphs set to the start (alignment moves no line break), the widening taken in em. One entry per word
 * that was widened at all.
 */
export function latinLetterSpacing(): LatinSpacing[] {
  const latin = /^[\p{Script=Latin}\p{N}]$/u;
  const range = document.createRange();
  const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose-zh p')].filter(
    (p) => getComputedStyle(p).textAlign === 'justify',
  );
  type Pair = { paragraph: string; node: Text; at: number; fontSize: number };
  const pairs: Pair[] = [];
  for (const paragraph of paragraphs) {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.parentElement || node.parentElement.closest('.para-tools')) continue;
      const fontSize = parseFloat(getComputedStyle(node.parentElement).fontSize);
      for (let i = 0; i + 1 < node.data.length; i += 1)
        if (latin.test(node.data[i]!) && latin.test(node.data[i + 1]!))
          pairs.push({ paragraph: paragraph.id, node, at: i, fontSize });
    }
  }
  const gaps = () =>
    pairs.map(({ node, at }) => {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const a = range.getBoundingClientRect();
      range.setStart(node, at + 1);
      range.setEnd(node, at + 2);
      const b = range.getBoundingClientRect();
      // Not side by side on one line: the word broke between them (no distance to compare).
      return Math.abs(a.top - b.top) > 1 ? undefined : b.left - a.left;
    });
  const justified = gaps();
  for (const p of paragraphs) p.style.textAlign = 'start';
  const natural = gaps();
  for (const p of paragraphs) p.style.textAlign = '';
  const words = new Map<string, LatinSpacing>();
  pairs.forEach(({ paragraph, node, at, fontSize }, k) => {
    const j = justified[k];
    const n = natural[k];
    if (j === undefined || n === undefined) return;
    const extraEm = (j - n) / fontSize;
    if (extraEm < 0.005) return;
    const start = node.data.slice(0, at + 1).search(/[\p{Script=Latin}\p{N}]+$/u);
    const word = node.data.slice(start).match(/^[\p{Script=Latin}\p{N}]+/u)?.[0] ?? '';
    const key = `${paragraph} ${start} ${node.data.slice(0, 8)}`;
    const known = words.get(key);
    if (!known || known.extraEm < extraEm) words.set(key, { paragraph, word, extraEm });
  });
  return [...words.values()];
}

/** A paragraph's last mark, hung past the line (`<pq-l>`, app/styles/punctuation.css). */
export interface HangingMark {
  readonly paragraph: string;
  readonly mark: string;
  /** How far the mark's em box starts past the block's text, in em (0 when it does not hang). */
  readonly pastEm: number;
  /** How much of its em box lies past the block's own box (where paint containment would clip it), in em. */
  readonly outsideEm: number;
}

/**
 * Every Chinese paragraph's hung last mark: where its em box starts against the end of the block's content
 * box (the measure), and how much of it lies past the block's border box, the room kept for hanging marks
 * included. A glyph is drawn in its em box's left half (Simplified fonts) or centred (Traditional), so its
 * ink stays inside the block while at most a quarter of the em box lies outside it.
 */
export function hangingLastMarks(): HangingMark[] {
  const range = document.createRange();
  return [...document.querySelectorAll<HTMLElement>('.prose-zh pq-l')].flatMap((element) => {
    const block = element.closest<HTMLElement>('p, li');
    const text = element.firstChild;
    if (!block || !text || element.checkVisibility() === false) return [];
    range.selectNodeContents(text);
    const rect = [...range.getClientRects()].find((r) => r.height > 0);
    if (!rect) return [];
    const style = getComputedStyle(block);
    const fontSize = parseFloat(getComputedStyle(element).fontSize);
    const box = block.getBoundingClientRect();
    const contentEnd = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    return [
      {
        paragraph: block.id,
        mark: text.textContent ?? '',
        pastEm: (rect.left - contentEnd) / fontSize,
        outsideEm: (rect.left + fontSize - box.right) / fontSize,
      },
    ];
  });
}
