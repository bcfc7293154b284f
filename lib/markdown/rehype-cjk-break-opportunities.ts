import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { breakOpportunities } from '../text/break-opportunities';
import { insertAutospaceBreaks } from './autospace-breaks';
import { insertWbr, runText, textRuns } from './text-runs';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Line break opportunities (`<wbr>`) in Chinese text where browsers find none but Chinese typesetting
 * allows a break: next to curly quotes around Latin text or digits (lib/text/quote-breaks.ts), everywhere;
 * and between the words of a heading (lib/text/word-segments.ts), which `word-break: keep-all` then makes
 * the only places a heading breaks (app/styles/typesetting.css); and after an element that ends in Han
 * before Latin text, where Chromium loses the break (./autospace-breaks.ts).
 *
 * Runs last, on the variant's text: ids, theme mentions and script conversion come first and see no
 * `<wbr>`. Only elements are added, never text, so the text of every block (`hast-util-to-string`), what
 * search indexes and what a reader copies are unchanged. Code and anything in another language are left
 * alone.
 */
export const rehypeCjkBreakOpportunities: Plugin<[], Root> = function () {
  return (tree: Root) => {
    for (const run of textRuns(tree)) {
      const headline = run.block !== undefined && headingTags.has(run.block);
      insertWbr(run, breakOpportunities(runText(run), { headline }));
    }
    insertAutospaceBreaks(tree);
  };
};
