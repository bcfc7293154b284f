import { expect, test } from '@playwright/test';
import { wordBreakOffsets } from '@/lib/text/word-segments';
import { slugs, variantIds } from './helpers';
import { headingLines, justifiedLines, type HeadingLines } from './line-layout';

/**
 * Phone-width typesetting of the Chinese essays, measured where the browser really broke the lines
 * (Chromium with the Noto CJK fonts): headings break only between words, and no justified line of body
 * text is letter-spaced because a run of text could not be broken (a quotation mark around Latin text or
 * digits, see lib/text/quote-breaks.ts).
 *
 * A line before a paragraph's last one or two characters (with their punctuation), which the ¶ / EN tools
 * took along so as never to stand alone on a line, is only counted. A line followed by a Latin word (with
 * its opening bracket or quote) that did not fit is letter-spaced too, and is only counted: a Latin word cannot be broken without hyphenation, and hyphenating it would
 * take soft hyphens in the text (copied with it) or a per-language dictionary the browser may not have.
 */

const widths = [360, 390];
/** More than this much extra space between Han characters, on average over a line, is letter-spacing. */
const maxExtraEm = 0.3;
/** A paragraph's last line holding this many characters (a character and its punctuation) is the ¶'s glue. */
const maxGluedChars = 3;

/** Marks a line may not start with, and marks it may not end with. */
const closing = /^[。，、：；？！）」』”’》〉】〕…—·%,.:;?!)\]]$/u;
const opening = /^[（「『“‘《〈【〔([]$/u;
const letter = /^[\p{L}\p{N}]$/u;
const latinWordFirst = /^[（(「『“‘《〈]?[\p{Script=Latin}\p{N}]/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Breaks inside a word (not at a word boundary, a space or punctuation) or next to a mark on the wrong side. */
function badBreaks({ text, breaks }: HeadingLines): string[] {
  const boundaries = new Set(wordBreakOffsets(text));
  return breaks
    .filter((b) => {
      const before = text.slice(0, b).at(-1) ?? '';
      const after = text.slice(b)[0] ?? '';
      if (closing.test(after) || opening.test(before)) return true;
      return letter.test(before) && letter.test(after) && !boundaries.has(b);
    })
    .map((b) => `${text.slice(0, b)}|${text.slice(b)}`);
}

/** Breaks inside a word of ICU's own segmentation (which splits words it does not know: 竞|速). */
function breaksInsideIcuWords({ text, breaks }: HeadingLines): number {
  const boundaries = new Set(Array.from(segmenter.segment(text), (s) => s.index));
  return breaks.filter((b) => !boundaries.has(b)).length;
}

// Scripting off: the offscreen-layout island would otherwise stop laying out blocks far from the viewport.
test.use({ javaScriptEnabled: false, deviceScaleFactor: 2 });

for (const width of widths) {
  for (const variant of variantIds) {
    for (const slug of slugs) {
      test(`${variant}/${slug} at ${width} px: headings break between words, no letter-spaced lines`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 780 });
        await page.goto(`/${variant}/articles/${slug}/`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));

        const headings = await page.evaluate(headingLines);
        expect(headings.length).toBeGreaterThan(1);
        const inWords = headings.flatMap(badBreaks);
        const inIcuWords = headings.reduce((sum, h) => sum + breaksInsideIcuWords(h), 0);

        const { lines, unmeasured } = await page.evaluate(justifiedLines);
        expect(lines.length).toBeGreaterThan(20);
        const spacedLines = lines.filter((line) => line.extraEm > maxExtraEm);
        const beforeLatin = spacedLines.filter((line) => latinWordFirst.test(line.next));
        // The ¶ / EN tools are glued to the paragraph's last character (they never take a line of their own),
        // so a full last line can give up its last character or two, with their punctuation, to them.
        const beforeTools = spacedLines.filter(
          (line) => line.lastLineLength !== undefined && line.lastLineLength <= maxGluedChars,
        );
        const spaced = spacedLines
          .filter((line) => !beforeLatin.includes(line) && !beforeTools.includes(line))
          .map((line) => `#${line.paragraph} +${line.extraEm.toFixed(2)} em: ${line.text} ⏎ ${line.next}`);

        console.log(
          `${variant}/${slug} @${width}: ${headings.length} headings, ${inWords.length} breaks inside words ` +
            `(${inIcuWords} inside ICU words); ${lines.length} justified lines (${unmeasured} without two Han ` +
            `side by side), ${spaced.length} letter-spaced, ${beforeLatin.length} more before a Latin word, ` +
            `${beforeTools.length} before a paragraph's last characters glued to its ¶`,
        );
        expect.soft(inWords, 'heading lines broken inside a word').toEqual([]);
        expect.soft(spaced, 'letter-spaced justified lines').toEqual([]);
      });
    }
  }
}
