/**
 * Tate-chu-yoko (clreq, vertical text): numbers of one or two digits stand upright in one cell; longer
 * numbers, decimals and digits inside Latin words (996, 2025, 3.5, 5G, GPT-4o) and a number followed by %
 * run sideways with the Latin. One rule for the vertical EPUBs (lib/epub/xhtml.ts, at build time) and for 直排
 * on the site (islands/lazy/vertical.ts, in the browser), since `text-combine-upright: digits 2` is poorly
 * supported.
 */
// What comes before is matched, not looked behind at: lookbehind is missing in Safari before 16.4, where the
// islands still run (scripts/postbuild/islands.ts targets Safari 15).
const shortNumber = /(^|[^\p{Nd}\p{Script=Latin}.,])(\p{Nd}{1,2})(?![\p{Nd}\p{Script=Latin}%]|[.,]\p{Nd})/gu;

/** The short numbers of `text`, as [start, end) offsets. */
export function shortNumberRuns(text: string): [number, number][] {
  return [...text.matchAll(shortNumber)].map((m) => {
    const start = m.index + m[1]!.length;
    return [start, start + m[2]!.length];
  });
}
