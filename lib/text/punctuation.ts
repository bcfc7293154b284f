import { isCjk } from './cjk';

/**
 * Punctuation normalisation for Chinese text, per the Chinese copywriting guidelines: half-width
 * `,:;!?()` touching Chinese become full-width, straight quotes around Chinese become curly quotes,
 * and spaces next to the new full-width marks go. English, numbers, URLs and code stay as they are.
 *
 * Works on one block's text split into runs (the text nodes of a paragraph), so that a mark at the end
 * of one run sees the character at the start of the next. Returns the runs, changed; the same number.
 * Hand-written: no maintained library does CJK punctuation width normalisation on split text runs.
 */
export function normalizePunctuation(runs: readonly string[]): string[] {
  const text = runs.join('');
  const chars = [...text];
  // `out[i]` replaces `chars[i]`: a character, or '' to delete it. Keeps offsets aligned with the runs.
  const out = chars.slice();
  const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

  const prevSignificant = (i: number) => {
    let j = i - 1;
    while (j >= 0 && chars[j] === ' ') j -= 1;
    return chars[j];
  };
  const nextSignificant = (i: number) => {
    let j = i + 1;
    while (j < chars.length && chars[j] === ' ') j += 1;
    return chars[j];
  };
  const dropSpacesAround = (i: number) => {
    for (let j = i - 1; j >= 0 && chars[j] === ' '; j -= 1) out[j] = '';
    for (let j = i + 1; j < chars.length && chars[j] === ' '; j += 1) out[j] = '';
  };

  chars.forEach((c, i) => {
    const mark = fullWidth[c];
    if (!mark) return;
    const before = prevSignificant(i);
    const after = nextSignificant(i);
    // `https://`, `12:30`, `1,000`, `a?b`: only marks touching Chinese change.
    if (c === ':' && chars[i + 1] === '/') return;
    if (!isCjk(before) && !isCjk(after)) return;
    out[i] = mark;
    dropSpacesAround(i);
  });

  // Parentheses: a pair whose content or whose left neighbour is Chinese.
  const stack: number[] = [];
  chars.forEach((c, i) => {
    if (c === '(') stack.push(i);
    else if (c === ')' && stack.length > 0) {
      const open = stack.pop()!;
      const inner = chars.slice(open + 1, i);
      if (inner.some((ch) => isCjk(ch)) || isCjk(prevSignificant(open))) {
        out[open] = '（';
        out[i] = '）';
        dropSpacesAround(open);
        dropSpacesAround(i);
      }
    }
  });

  // Straight double quotes: pair them in order; a pair around Chinese becomes “…”.
  const quotes = chars.flatMap((c, i) => (c === '"' ? [i] : []));
  for (let k = 0; k + 1 < quotes.length; k += 2) {
    const open = quotes[k]!;
    const close = quotes[k + 1]!;
    const inner = chars.slice(open + 1, close);
    if (inner.some((ch) => isCjk(ch)) || isCjk(prevSignificant(open)) || isCjk(nextSignificant(close))) {
      out[open] = '“';
      out[close] = '”';
    }
  }

  // Map back onto the runs.
  const result: string[] = [];
  let offset = 0;
  for (const run of runs) {
    const length = [...run].length;
    result.push(out.slice(offset, offset + length).join(''));
    offset += length;
  }
  return result;
}

/** Taiwan-style quotation marks: “” → 「」 and ‘’ → 『』; an apostrophe inside an English word stays. */
export function toCornerQuotes(text: string): string {
  const chars = [...text];
  let open = 0;
  return chars
    .map((c, i) => {
      if (c === '“') return '「';
      if (c === '”') return '」';
      if (c === '‘') {
        open += 1;
        return '『';
      }
      if (c === '’') {
        const inWord = /\p{Script=Latin}/u.test(chars[i - 1] ?? '') && /\p{Script=Latin}/u.test(chars[i + 1] ?? '');
        if (open > 0 && !inWord) {
          open -= 1;
          return '』';
        }
      }
      return c;
    })
    .join('');
}
