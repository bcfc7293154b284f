/**
 * The order of search results (docs/decisions.md, "Search"). Only paragraphs that contain the query are
 * results (lib/search/match.ts); among them:
 *
 *   1. the query's terms together, as typed (a phrase), before terms apart;
 *   2. a paragraph whose essay title or section heading has a term, before one whose doesn't
 *      (metadata ranks, but never makes a result on its own);
 *   3. more occurrences of the terms before fewer;
 *   4. then Pagefind's own order (its BM25 score, which favours shorter paragraphs).
 *
 * Partial matches (a Chinese term present only in its words) are kept apart: they are shown only when no
 * paragraph matches exactly, under their own label.
 */
import { hasPhrase, matchParagraph, mentionsAny, type ParagraphMatch } from './match';

export interface Candidate {
  /** The paragraph's text, as searched. */
  readonly content: string;
  /** Essay title and section heading, for ranking only. */
  readonly title: string;
  readonly section: string;
}

export interface Ranked<T> {
  readonly item: T;
  readonly match: ParagraphMatch;
}

export function rankResults<T extends Candidate>(
  candidates: readonly T[],
  terms: readonly string[],
): { exact: Ranked<T>[]; partial: Ranked<T>[] } {
  const scored = candidates.flatMap((item, order) => {
    const match = matchParagraph(item.content, terms);
    if (!match) return [];
    const key = [
      Number(hasPhrase(item.content, terms)),
      Number(mentionsAny(`${item.title}\n${item.section}`, terms)),
      match.ranges.length,
      -order,
    ];
    return [{ item, match, key }];
  });
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i += 1) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
    return 0;
  });
  const pick = (kind: ParagraphMatch['kind']) =>
    scored.filter((s) => s.match.kind === kind).map(({ item, match }) => ({ item, match }));
  return { exact: pick('exact'), partial: pick('partial') };
}
