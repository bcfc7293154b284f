/**
 * Where an excerpt starts and ends: at a sentence boundary when one is near, else at a word boundary (ICU's,
 * through `Intl.Segmenter`: dictionary-based for Chinese, so 职场 is never cut to 职), never inside a word.
 * Shared by the theme pages (lib/themes/excerpt.ts, at build time) and search results
 * (lib/search/excerpt.ts, in the browser); both only widen a window they computed around a mention.
 */
import { segmenter } from './segmenter';

export type ExcerptLanguage = 'zh' | 'en';

/**
 * The mark of an omission, by language. Chinese: “……”, the six-dot ellipsis of GB/T 15834 (two em wide,
 * centred), which is what a Chinese reader reads as “text left out”; a single “…” reads as a stray mark.
 * English: one “…” (U+2026), closed up to the word it stands beside.
 */
export const ellipsis: Record<ExcerptLanguage, string> = { zh: '……', en: '…' };

/** Punctuation an excerpt should not start with, or end with before its ellipsis (a dangling ，or :). */
const leadingJunk = /^[\s，、；：。！？,;:.!?）)\]』」”’]+/u;
const trailingJunk = /[\s，、；：,;:（(『「“‘—-]+$/u;
/** A sentence's last mark, with the closing quotes or brackets after it. */
const sentenceEnd = /[。！？!?.…][」』”’）)"']*$/u;

function boundaries(text: string, lang: ExcerptLanguage, granularity: 'word' | 'sentence'): number[] {
  return [...Array.from(segmenter(lang, granularity).segment(text), (s) => s.index), text.length];
}

/** The boundary in `list` nearest to `at` within [lo, hi], or undefined. */
function nearest(list: readonly number[], at: number, lo: number, hi: number): number | undefined {
  let best: number | undefined;
  for (const b of list)
    if (b >= lo && b <= hi && (best === undefined || Math.abs(b - at) < Math.abs(best - at))) best = b;
  return best;
}

/**
 * Widen `[from, to)` (UTF-16 offsets into `text`) to boundaries. `keep` (the first mention) always stays
 * inside. A sentence boundary near the cut (a sixth of the window, 6 to 16 units) wins, else the nearest word
 * boundary there; a run with no boundary that near (a very long compound) keeps the cut as it was, which for
 * Han text is still between characters. Returns the offsets and whether each end cut the text.
 */
export function excerptBounds(
  text: string,
  from: number,
  to: number,
  lang: ExcerptLanguage,
  keep: { start: number; end: number } = { start: from, end: to },
): { from: number; to: number; cutStart: boolean; cutEnd: boolean } {
  const slack = Math.min(16, Math.max(6, Math.round((to - from) / 6)));
  const sentences = boundaries(text, lang, 'sentence');
  const words = boundaries(text, lang, 'word');
  let start = 0;
  if (from > 0) {
    start =
      nearest(sentences, from, from - slack, Math.min(from + slack, keep.start)) ??
      nearest(words, from, from - slack, Math.min(from + slack, keep.start)) ??
      from;
    // Not on the punctuation or space that ended the text before.
    const junk = leadingJunk.exec(text.slice(start, keep.start))?.[0].length ?? 0;
    start += junk;
  }
  let end = text.length;
  if (to < text.length) {
    end =
      nearest(sentences, to, Math.max(to - slack, keep.end), to + slack) ??
      nearest(words, to, Math.max(to - slack, keep.end), to + slack) ??
      to;
    const junk = trailingJunk.exec(text.slice(keep.end, end))?.[0].length ?? 0;
    end -= junk;
  }
  // A whole sentence at an end leaves nothing cut there that an ellipsis should mark (".…", "。……" read as
  // a stammer): the excerpt starts where a sentence starts, or stops where one stops.
  const startsSentence = sentences.includes(start);
  const nextStart = end + (/^\s*/u.exec(text.slice(end))?.[0].length ?? 0);
  const endsSentence = sentences.includes(nextStart) && sentenceEnd.test(text.slice(start, end));
  return {
    from: start,
    to: end,
    cutStart: start > 0 && !startsSentence,
    cutEnd: end < text.length && !endsSentence,
  };
}
