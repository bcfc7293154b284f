import type { ReactNode } from 'react';
import { wordingClass } from '@/lib/regional/wording-markup';
import type { Swap } from '@/lib/regional/wrap';

/**
 * A plain string (a heading in the contents) with the regional-wording layer's words marked as in the essay
 * (lib/regional/wrap.ts): the author's word, and the edition's, one shown by the reader's choice. A swap
 * whose offsets do not fit the string is left out.
 */
export function RegionalText({ text, swaps = [] }: { text: string; swaps?: readonly Swap[] }) {
  const nodes: ReactNode[] = [];
  let cut = 0;
  for (const swap of [...swaps].sort((a, b) => a.start - b.start)) {
    if (swap.start < cut || swap.end > text.length) continue;
    nodes.push(text.slice(cut, swap.start));
    nodes.push(
      <span key={swap.start} className={wordingClass.word} data-rw={swap.term}>
        <span className={wordingClass.author}>{text.slice(swap.start, swap.end)}</span>
        <span className={wordingClass.regional}>{swap.form}</span>
      </span>,
    );
    cut = swap.end;
  }
  nodes.push(text.slice(cut));
  return <>{nodes}</>;
}
