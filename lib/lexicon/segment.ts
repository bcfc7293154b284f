/**
 * Word segmentation (issue 32) with jieba-wasm (jieba-rs compiled to WebAssembly: one package for every
 * platform, unlike @node-rs/jieba's per-platform binaries). Its dictionary is Simplified, so text is segmented
 * in Simplified; the essays' own words (terms.yaml, the glossary, the themes) are added first so they stay
 * whole. Without the HMM guesser: an unknown run comes out as single characters, never an invented word.
 */
import { add_word, tag } from 'jieba-wasm';

/** A word and jieba's part-of-speech tag (`n`, `v`, `nr` a person's name …; `x` punctuation and space). */
export interface Token {
  readonly word: string;
  readonly tag: string;
}

const added = new Set<string>();

/**
 * Make sure jieba keeps these words whole. The frequency is high enough that a term beats the split
 * jieba's own dictionary would give (内/卷), and `nz`/`nr` lets the ranking leave names out.
 */
export function addWords(words: Iterable<{ word: string; name?: boolean }>): void {
  for (const { word, name } of words) {
    if (added.has(word)) continue;
    added.add(word);
    add_word(word, 100_000, name ? 'nr' : 'nz');
  }
}

/** The tokens of a Simplified text; their words joined are the text. */
export function segment(simplified: string): Token[] {
  return tag(simplified, false).map(({ word, tag: pos }) => ({ word, tag: pos }));
}
