import { createElement, Fragment, type ReactNode } from 'react';
import { wordingClass } from '@/lib/regional/wording-markup';
import type { Swap } from '@/lib/regional/wrap';
import { breakOpportunities } from '@/lib/text/break-opportunities';
import { adjustmentElement, punctuationAdjustments } from '@/lib/text/punctuation-compression';

/**
 * A headline's text, typeset at build time as the essay's own headings are (lib/markdown): a `<wbr>` between
 * its Chinese words and beside quotes around Latin text (lib/text/break-opportunities.ts), which with
 * `word-break: keep-all` (app/styles/typesetting.css) are where it breaks, and its punctuation compressed
 * (lib/text/punctuation-compression.ts: `：“`, a leading “). `swaps`: the regional-wording layer's words
 * (lib/regional/wrap.ts), marked as in the essay; a swap whose offsets do not fit the text is left out, and
 * no break is put inside one. Text without Han characters (English) comes back as it is.
 */
export function WordBreaks({ text, swaps = [] }: { text: string; swaps?: readonly Swap[] }) {
  const breaks = new Set(breakOpportunities(text, { headline: true }));
  const adjustments = punctuationAdjustments(text, { headline: true });
  const words = [...swaps].sort((a, b) => a.start - b.start);
  const nodes: ReactNode[] = [];
  let plain = '';
  const flush = () => {
    if (plain) nodes.push(plain);
    plain = '';
  };
  for (let i = 0; i < text.length;) {
    const swap = words[0];
    if (swap && swap.start < i) {
      words.shift();
      continue;
    }
    if (i > 0 && breaks.has(i)) {
      flush();
      nodes.push(<wbr key={`b${i}`} />);
    }
    if (swap && swap.start === i && swap.end <= text.length) {
      flush();
      nodes.push(
        <span key={`w${i}`} className={wordingClass.word} data-rw={swap.term}>
          <span className={wordingClass.author}>{text.slice(swap.start, swap.end)}</span>
          <span className={wordingClass.regional}>{swap.form}</span>
        </span>,
      );
      words.shift();
      i = swap.end;
      continue;
    }
    const adjustment = adjustments.get(i);
    if (adjustment) {
      flush();
      nodes.push(createElement(adjustmentElement[adjustment], { key: `p${i}` }, text[i]));
    } else plain += text[i];
    i += 1;
  }
  flush();
  return nodes.map((node, i) => <Fragment key={i}>{node}</Fragment>);
}
