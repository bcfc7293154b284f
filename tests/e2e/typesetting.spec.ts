import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { wordBreakOffsets } from '@/lib/text/word-segments';
import { chromiumFlags, chromiumPath } from '@/scripts/lib/chromium';
import { slugs, variantIds } from './helpers';
import {
  headingLines,
  justifiedLines,
  hangingLastMarks,
  latinLetterSpacing,
  punctuationAndEndings,
  type HeadingLines,
} from './line-layout';

/**
 * Phone-width typesetting of the Chinese essays to clreq (issue 28), measured where the browser really laid
 * out the text (Chromium with the Noto CJK fonts), every essay in every Chinese edition at 360 and 390 px,
 * one page load per case:
 *
 * - an opening mark after a full-width mark (`：“`, `，‘`, `」「`) is at most 1.5 em wide together
 *   (compressed, lib/text/punctuation-compression.ts), the line's justification taken off (on a stretched
 *   line, counted below, it cannot be told apart reliably: Latin words and spaces take their share);
 * - at most 3 paragraphs in all end on a line holding one character (with its punctuation);
 * - justified lines with their Han characters spaced more than 0.12 em wider than set are listed: at most 0.25 %
 *   of all, none over 0.2 em; a line before a Latin word that did not fit is listed apart (a Latin word cannot
 *   be broken without hyphenation, which this Chromium has no dictionaries for): at most 1.7 % of all, none
 *   over 0.5 em, so neither kind grows unseen;
 * - no Latin word is letter-spaced by justification (Chinese and Japanese typesetting spread a line between
 *   Han characters and at spaces, never inside a Western word);
 * - no heading or table-of-contents entry breaks inside a word, and no line of a paragraph starts with a mark
 *   clreq keeps off a line's start (`line-break: strict` keeps most; a name's interpunct needs the build);
 * - a paragraph's last mark, hung whole past the line (`<pq-l>`), lies in the room the block keeps for it: at
 *   most a quarter of its em box outside the block (its glyph is drawn in the half or the middle of the box),
 *   and some do hang past the measure;
 *
 * To try a change of CSS on every case without a build, put it in TYPESETTING_TRY_CSS: it is added to each page
 * as a constructed style sheet (the CSP allows those) before the measuring.
 *
 * The cases run in order in one worker and only collect; the last test asserts over all of them (the
 * one-character count is a total), and the counts are printed and written to test-results/typesetting.json.
 */

const widths = [360, 390];
const maxPairEm = 1.5;
/** Justification measured on a line with Latin text is an average: a pair may show a little more. */
const pairTolerance = 0.04;
const maxExtraEm = 0.12;
const maxOneCharEndings = 3;
/** Lines stretched past maxExtraEm, as a share of all justified lines measured, and the most any may be. */
const maxStretchedShare = 0.0025;
const maxStretchEm = 0.2;
/** The same for lines stretched before a Latin word that did not fit. */
const maxBeforeLatinShare = 0.017;
const maxBeforeLatinEm = 0.5;
/** The most justification may add between two letters of a Latin word (rounding only). */
const maxLatinLetterEm = 0.01;
/** How much of a hung last mark's em box may lie outside its block (the glyph is in the other three quarters). */
const maxHangOutsideEm = 0.26;

/** Marks a line may not start with, and marks it may not end with. */
const closing = /^[。，、：；？！）」』”’》〉】〕…—·%,.:;?!)\]]$/u;
const opening = /^[（「『“‘《〈【〔([]$/u;
const letter = /^[\p{L}\p{N}]$/u;
/** A paragraph's line may not start with these (a dash or an ellipsis may: clreq keeps the pair whole). */
const lineStartProhibited = /^[。，、：；？！）」』”’》〉】〕·‧・]/u;
const latinWordFirst = /^[（(「『“‘《〈]?[\p{Script=Latin}\p{N}]/u;

/** Breaks inside a word (not at a word boundary, a space or punctuation) or next to a mark on the wrong side. */
function badBreaks({ tag, text, breaks }: HeadingLines): string[] {
  const boundaries = new Set(wordBreakOffsets(text));
  return breaks
    .filter((b) => {
      const before = text.slice(0, b).at(-1) ?? '';
      const after = text.slice(b)[0] ?? '';
      if (closing.test(after) || opening.test(before)) return true;
      return letter.test(before) && letter.test(after) && !boundaries.has(b);
    })
    .map((b) => `${tag}: ${text.slice(0, b)}|${text.slice(b)}`);
}

const describeLine = (line: { paragraph: string; extraEm: number; text: string; next: string }) =>
  `#${line.paragraph} +${line.extraEm.toFixed(2)} em: ${line.text} ⏎ ${line.next}`;
const stretchEm = (listed: string) => Number(/\+([\d.]+) em/.exec(listed)?.[1]);

interface CaseResult {
  readonly name: string;
  readonly pairs: number;
  readonly widePairs: string[];
  readonly paragraphs: number;
  readonly oneCharEndings: string[];
  readonly justified: number;
  readonly stretched: string[];
  readonly stretchedBeforeLatin: string[];
  readonly headings: number;
  readonly headingBreaks: string[];
  readonly lineStartMarks: string[];
  /** Latin words whose letters justification spaced apart, with the most added between two letters. */
  readonly latinSpaced: string[];
  /** Paragraphs' last marks hung past the measure, and those reaching too far out of their block. */
  readonly hungPastMeasure: number;
  readonly hangingOutside: string[];
}

const results: CaseResult[] = [];

// Scripting off: the offscreen-layout island would otherwise stop laying out blocks far from the viewport.
test.use({ javaScriptEnabled: false, deviceScaleFactor: 2 });
// In the browser readers have, not the suite's headless shell (scripts/lib/chromium.ts): measured in fractions of
// an em, the shell's rounding of glyph advances at footnote size made one compressed pair 1.54 em.
test.use({ launchOptions: { executablePath: chromiumPath, args: chromiumFlags } });
test.describe.configure({ mode: 'serial' });

for (const width of widths) {
  for (const variant of variantIds) {
    for (const slug of slugs) {
      const name = `${variant}/${slug} @${width}`;
      test(`${name}: measured`, async ({ page }) => {
        await page.setViewportSize({ width, height: 780 });
        await page.goto(`/${variant}/articles/${slug}/`);
        if (process.env.TYPESETTING_TRY_CSS)
          await page.evaluate((css) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          }, process.env.TYPESETTING_TRY_CSS);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));

        const { pairs, endings } = await page.evaluate(punctuationAndEndings);
        const { lines } = await page.evaluate(justifiedLines);
        const headings = await page.evaluate(headingLines);
        const latin = await page.evaluate(latinLetterSpacing);
        const hanging = await page.evaluate(hangingLastMarks);
        expect(endings.length).toBeGreaterThan(10);
        expect(lines.length).toBeGreaterThan(20);
        expect(headings.length).toBeGreaterThan(1);

        const spaced = lines.filter((line) => line.extraEm > maxExtraEm);
        const beforeLatin = spaced.filter((line) => latinWordFirst.test(line.next));
        const result: CaseResult = {
          name,
          pairs: pairs.length,
          widePairs: pairs
            .filter((p) => p.widthEm > maxPairEm + pairTolerance && p.lineExtraEm <= maxExtraEm)
            .map((p) => `#${p.paragraph} ${p.pair} ${p.widthEm.toFixed(2)} em: ${p.context}`),
          paragraphs: endings.length,
          oneCharEndings: endings
            .filter((e) => e.lines > 1 && e.letters <= 1)
            .map((e) => `#${e.paragraph}: ¶ ${e.lastLine}`),
          justified: lines.length,
          stretched: spaced.filter((line) => !beforeLatin.includes(line)).map(describeLine),
          stretchedBeforeLatin: beforeLatin.map(describeLine),
          headings: headings.length,
          headingBreaks: headings.flatMap(badBreaks),
          latinSpaced: latin.map((w) => `#${w.paragraph} ${w.word} +${w.extraEm.toFixed(3)} em`),
          hungPastMeasure: hanging.filter((h) => h.pastEm > -0.05).length,
          hangingOutside: hanging
            .filter((h) => h.outsideEm > maxHangOutsideEm)
            .map((h) => `#${h.paragraph} ${h.mark} ${h.outsideEm.toFixed(2)} em outside`),
          lineStartMarks: lines
            .filter((line) => lineStartProhibited.test(line.next))
            .map((line) => `#${line.paragraph}: ${line.text} ⏎ ${line.next}`),
        };
        results.push(result);
        console.log(
          `${name}: quote pairs ${result.widePairs.length}/${result.pairs} wider than ${maxPairEm} em; ` +
            `one-character last lines ${result.oneCharEndings.length}/${result.paragraphs}; ` +
            `stretched lines ${result.stretched.length}/${result.justified} (+${result.stretchedBeforeLatin.length} before a Latin word); ` +
            `heading/TOC breaks inside words ${result.headingBreaks.length}/${result.headings}`,
        );
      });
    }
  }
}

test('all cases: quote pairs compressed, paragraphs end on more than one character, few stretched lines, headings break between words, no line starts on a closing mark', () => {
  expect(results).toHaveLength(widths.length * variantIds.length * slugs.length);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/typesetting.json', JSON.stringify(results, null, 2));
  const sum = (pick: (r: CaseResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  for (const width of widths)
    for (const variant of variantIds) {
      const cases = results.filter((r) => r.name.startsWith(`${variant}/`) && r.name.endsWith(`@${width}`));
      const total = (pick: (r: CaseResult) => number) => cases.reduce((t, r) => t + pick(r), 0);
      console.log(
        `${variant} @${width}: wide quote pairs ${total((r) => r.widePairs.length)}/${total((r) => r.pairs)}, ` +
          `one-character endings ${total((r) => r.oneCharEndings.length)}/${total((r) => r.paragraphs)}, ` +
          `stretched lines ${total((r) => r.stretched.length)}/${total((r) => r.justified)} ` +
          `(+${total((r) => r.stretchedBeforeLatin.length)} before Latin), ` +
          `heading/TOC breaks in words ${total((r) => r.headingBreaks.length)}/${total((r) => r.headings)}`,
      );
    }
  const oneChar = results.flatMap((r) => r.oneCharEndings.map((e) => `${r.name} ${e}`));
  console.log(`one-character last lines in all: ${oneChar.length} (at most ${maxOneCharEndings})`);
  expect.soft(results.flatMap((r) => r.widePairs.map((p) => `${r.name} ${p}`))).toEqual([]);
  expect
    .soft(
      sum((r) => r.oneCharEndings.length),
      oneChar.join('\n'),
    )
    .toBeLessThanOrEqual(maxOneCharEndings);
  // Not yet none (docs/decisions.md): a line with Latin words has fewer places to spread what is left over,
  // and `text-wrap: pretty` takes a character from the line before a paragraph's last line rather than end
  // the paragraph on one character. Kept rare and small, and every one is listed.
  const stretched = results.flatMap((r) => r.stretched.map((s) => `${r.name} ${s}`));
  const justified = sum((r) => r.justified);
  console.log(`stretched lines in all: ${stretched.length} of ${justified}\n${stretched.join('\n')}`);
  expect.soft(stretched.length, 'stretched lines').toBeLessThanOrEqual(justified * maxStretchedShare);
  expect.soft(stretched.filter((s) => stretchEm(s) > maxStretchEm)).toEqual([]);
  const beforeLatin = results.flatMap((r) => r.stretchedBeforeLatin.map((s) => `${r.name} ${s}`));
  console.log(`stretched before a Latin word: ${beforeLatin.length} of ${justified}\n${beforeLatin.join('\n')}`);
  expect.soft(beforeLatin.length, 'stretched before Latin').toBeLessThanOrEqual(justified * maxBeforeLatinShare);
  expect.soft(beforeLatin.filter((s) => stretchEm(s) > maxBeforeLatinEm)).toEqual([]);
  expect.soft(results.flatMap((r) => r.headingBreaks.map((h) => `${r.name} ${h}`))).toEqual([]);
  expect.soft(results.flatMap((r) => r.lineStartMarks.map((l) => `${r.name} ${l}`))).toEqual([]);
  const latin = results.flatMap((r) => r.latinSpaced.map((w) => `${r.name} ${w}`));
  expect.soft(latin.filter((w) => stretchEm(w) > maxLatinLetterEm)).toEqual([]);
  const hung = sum((r) => r.hungPastMeasure);
  console.log(`paragraphs' last marks hung past the measure: ${hung}`);
  expect.soft(hung, 'last marks hung past the measure').toBeGreaterThan(0);
  expect.soft(results.flatMap((r) => r.hangingOutside.map((h) => `${r.name} ${h}`))).toEqual([]);
});
