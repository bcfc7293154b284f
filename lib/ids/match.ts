/**
 * Matching an essay's blocks to its id ledger, so that ids survive edits. The rule (also in
 * docs/decisions.md, "Block ids survive edits"):
 *
 * 1. Same text, same kind (heading or paragraph/list item): the block keeps its id, wherever it moved.
 *    Repeated texts pair in reading order.
 * 2. Otherwise the remaining blocks pair by similarity — the Dice coefficient of character bigrams — when it
 *    is at least {@link thresholds.edited}; the most similar pairs first, ties to the nearer position. A
 *    corrected typo (≈0.95), a rewritten clause (≈0.6–0.9) or the larger half of a split or merge keeps
 *    its id.
 * 3. A block with the exact text of a retired id gets that id back (an edit undone).
 * 4. Any other block gets a new id never used in the essay: the next `p-N` above every number in the
 *    ledger, or its heading slug made unique against every id ever used.
 * 5. An id left without a block is retired, never reused. A link to it lands on the block that now holds
 *    most of its text (containment ≥ {@link thresholds.landing}, a merge), else on the next surviving
 *    block (what followed it), else on the previous one.
 *
 * Without a ledger the ids are positional (`p-1`, `p-2`, … and heading slugs), which is how every id
 * published before the ledger existed was made.
 */
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import type { Ledger, RetiredEntry } from './ledger';
import { bigrams, containment, dice } from './similarity';
import { isParagraphId, paragraphId, paragraphNumber } from './block-id';

export type BlockKind = 'heading' | 'paragraph';

/** A block of the essay as matching sees it: its kind and its text (canonical script, no footnote marks). */
export interface BlockInfo {
  readonly kind: BlockKind;
  readonly text: string;
}

export const thresholds = {
  /** Least similarity for an edited block to keep its id. */
  edited: 0.6,
  /** Least share of a retired block's text found in one block for links to land there. */
  landing: 0.5,
} as const;

/** What happened to one current block. `similarity` is to the ledger text its id had. */
export type Outcome =
  | { readonly kind: 'kept'; readonly id: string; readonly moved: boolean }
  | { readonly kind: 'edited'; readonly id: string; readonly moved: boolean; readonly similarity: number }
  | { readonly kind: 'restored'; readonly id: string }
  | { readonly kind: 'new'; readonly id: string };

export interface Matching {
  /** One id per block, in order. */
  readonly ids: readonly string[];
  readonly outcomes: readonly Outcome[];
  /** Ids retired by this matching (not those retired before). `similarity`: containment in `at`, if merged. */
  readonly retired: readonly (RetiredEntry & { readonly merged?: number })[];
  /** The ledger for these blocks. Equal to the input ledger exactly when nothing changed. */
  readonly ledger: Ledger;
}

const kindOfId = (id: string): BlockKind => (isParagraphId(id) ? 'paragraph' : 'heading');

/** Today's ids: paragraphs numbered in order, headings slugged in order. */
function positional(blocks: readonly BlockInfo[]): string[] {
  const slugger = new GithubSlugger();
  let n = 0;
  return blocks.map((b) => (b.kind === 'paragraph' ? paragraphId((n += 1)) : slugger.slug(b.text)));
}

/** Indices in `seq` that are not on one longest increasing run: the blocks that moved. */
function movedPositions(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i += 1) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i]!) keep.add(i);
  return new Set(seq.map((_, i) => i).filter((i) => !keep.has(i)));
}

/** Match `blocks` to `ledger` (see the rule above). Pure and deterministic. */
export function matchBlocks(ledger: Ledger | undefined, blocks: readonly BlockInfo[]): Matching {
  if (!ledger) {
    const ids = positional(blocks);
    return {
      ids,
      outcomes: ids.map((id) => ({ kind: 'new', id })),
      retired: [],
      ledger: { blocks: blocks.map((b, i) => ({ id: ids[i]!, text: b.text })), retired: [] },
    };
  }
  const old = ledger.blocks;
  const grams = new Map<string, ReadonlySet<string>>();
  const g = (text: string) => grams.get(text) ?? grams.set(text, bigrams(text)).get(text)!;
  const key = (kind: BlockKind, text: string) => `${kind}\u0000${text}`;
  const oldOf: (number | undefined)[] = new Array<number | undefined>(blocks.length);
  const curOf = new Map<number, number>();
  const similarity = new Map<number, number>();

  // 1. Same text.
  const byText = new Map<string, number[]>();
  old.forEach((e, j) => {
    const k = key(kindOfId(e.id), e.text);
    byText.set(k, [...(byText.get(k) ?? []), j]);
  });
  blocks.forEach((b, i) => {
    const j = byText.get(key(b.kind, b.text))?.shift();
    if (j !== undefined) {
      oldOf[i] = j;
      curOf.set(j, i);
    }
  });

  // 2. Similar text, most similar first.
  const pairs: { i: number; j: number; s: number; d: number }[] = [];
  blocks.forEach((b, i) => {
    if (oldOf[i] !== undefined) return;
    old.forEach((e, j) => {
      if (curOf.has(j) || kindOfId(e.id) !== b.kind) return;
      const s = dice(g(b.text), g(e.text));
      if (s >= thresholds.edited) pairs.push({ i, j, s, d: Math.abs(i / blocks.length - j / Math.max(old.length, 1)) });
    });
  });
  pairs.sort((a, b) => b.s - a.s || a.d - b.d || a.i - b.i || a.j - b.j);
  for (const { i, j, s } of pairs) {
    if (oldOf[i] !== undefined || curOf.has(j)) continue;
    oldOf[i] = j;
    curOf.set(j, i);
    similarity.set(i, s);
  }

  // 3–4. Restored and new ids.
  const used = new Set([...old, ...ledger.retired].map((e) => e.id));
  let next = Math.max(0, ...[...used].map((id) => paragraphNumber(id) ?? 0)) + 1;
  const restorable = new Map(ledger.retired.map((r) => [key(kindOfId(r.id), r.text), r.id]));
  const restored = new Set<string>();
  const ids: string[] = [];
  const outcomes: Outcome[] = [];
  const matched = blocks.flatMap((_, i) => (oldOf[i] === undefined ? [] : [i]));
  const moved = movedPositions(matched.map((i) => oldOf[i]!));
  const movedBlocks = new Set([...moved].map((k) => matched[k]!));
  blocks.forEach((b, i) => {
    const j = oldOf[i];
    if (j !== undefined) {
      const id = old[j]!.id;
      const s = similarity.get(i);
      ids.push(id);
      outcomes.push(
        s === undefined
          ? { kind: 'kept', id, moved: movedBlocks.has(i) }
          : { kind: 'edited', id, moved: movedBlocks.has(i), similarity: s },
      );
      return;
    }
    const back = restorable.get(key(b.kind, b.text));
    if (back !== undefined && !restored.has(back)) {
      restored.add(back);
      ids.push(back);
      outcomes.push({ kind: 'restored', id: back });
      return;
    }
    let id: string;
    if (b.kind === 'paragraph') id = paragraphId(next++);
    else {
      const base = slugOf(b.text) || 'section';
      id = base;
      for (let n = 1; used.has(id); n += 1) id = `${base}-${n}`;
    }
    used.add(id);
    ids.push(id);
    outcomes.push({ kind: 'new', id });
  });

  // 5. Retired ids and where they land.
  const alive = new Set(ids);
  const landing = (j: number): { at: string; merged?: number } => {
    let best = { i: -1, c: 0 };
    blocks.forEach((b, i) => {
      const c = containment(g(old[j]!.text), g(b.text));
      if (c > best.c) best = { i, c };
    });
    if (best.i >= 0 && best.c >= thresholds.landing) return { at: ids[best.i]!, merged: best.c };
    for (let k = j + 1; k < old.length; k += 1) if (curOf.has(k)) return { at: ids[curOf.get(k)!]! };
    for (let k = j - 1; k >= 0; k -= 1) if (curOf.has(k)) return { at: ids[curOf.get(k)!]! };
    return { at: ids[0] ?? old[j]!.id };
  };
  const retired = old.flatMap((e, j) => (curOf.has(j) ? [] : [{ id: e.id, text: e.text, ...landing(j) }]));
  const newlyAt = new Map(retired.map((r) => [r.id, r.at]));
  const earlier = ledger.retired
    .filter((r) => !restored.has(r.id))
    .map((r) => {
      let at = r.at;
      for (let hops = 0; !alive.has(at) && newlyAt.has(at) && hops < 100; hops += 1) at = newlyAt.get(at)!;
      return { id: r.id, text: r.text, at: alive.has(at) ? at : (ids[0] ?? at) };
    });
  return {
    ids,
    outcomes,
    retired,
    ledger: {
      blocks: blocks.map((b, i) => ({ id: ids[i]!, text: b.text })),
      retired: [...earlier, ...retired.map(({ id, text, at }) => ({ id, text, at }))],
    },
  };
}

/** Whether two ledgers are the same (the committed one is up to date). */
export function sameLedger(a: Ledger, b: Ledger): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
