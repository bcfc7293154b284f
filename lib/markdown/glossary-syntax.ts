import { slug } from 'github-slugger';

/**
 * The inline-definition convention of the INDIGO talk: `**术语**（English name: definition）`, i.e. a bold
 * term followed at once by a bracket holding an English name that starts with a Latin letter, a colon
 * (full-width after punctuation clean-up), and a definition without nested brackets.
 */
const glossPattern = /^（([A-Za-z][A-Za-z0-9 .,'’&/-]*?)(\s*[:：]\s*)([^（）]+)）/u;

export interface GlossMatch {
  /** The whole bracket, `（…）`. */
  readonly whole: string;
  readonly english: string;
  /** The colon between name and definition, with any spaces, as written. */
  readonly colon: string;
  readonly definition: string;
}

/** The gloss at the start of the text right after a bold term, if it is one. */
export function matchGloss(textAfterTerm: string): GlossMatch | undefined {
  const match = glossPattern.exec(textAfterTerm);
  if (!match) return undefined;
  const [whole, english, colon, definition] = match as unknown as [string, string, string, string];
  return { whole, english, colon, definition };
}

/** Stable id of a term, from its English name, identical in every variant: `term-quantum-tunneling`. */
export const termId = (english: string): string => `term-${slug(english)}`;
