/**
 * Text similarity for matching a block to its earlier self. Hand-written because it is ten lines: the
 * Sørensen–Dice coefficient over character bigrams, which suits Chinese (no word boundaries) and English
 * alike and tolerates typo fixes, rewritten clauses and splits. Whitespace is ignored.
 */

/** The set of character bigrams of a text (a one-character text is its own gram). */
export function bigrams(text: string): ReadonlySet<string> {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length < 2) return new Set(chars);
  const grams = new Set<string>();
  for (let i = 1; i < chars.length; i += 1) grams.add(chars[i - 1]! + chars[i]!);
  return grams;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const gram of small) if (large.has(gram)) n += 1;
  return n;
}

/** 2|A∩B| / (|A|+|B|): 1 for the same text, 0 for nothing in common. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  return (2 * shared(a, b)) / (a.size + b.size);
}

/** |A∩B| / |A|: how much of `part` is found in `whole` (for a block merged into another). */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  return part.size === 0 ? 0 : shared(part, whole) / part.size;
}
