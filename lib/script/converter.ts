import { Converter, Trie } from 'opencc-js';
import type { OpenccLocale } from '../variants';
import type { PhraseEntry } from './dictionary';

/** Converts a run of text from one script to another. */
export type ScriptConverter = (text: string) => string;

export interface ConverterOptions {
  /** OpenCC locale of the input. */
  readonly from: OpenccLocale;
  /** OpenCC locale of the output. */
  readonly to: OpenccLocale;
  /** Project phrase overrides; each match wins over OpenCC's own segmentation. Default: none. */
  readonly phrases?: readonly PhraseEntry[];
}

/**
 * Build a converter: OpenCC for the bulk, the project phrase dictionary first.
 * The text is cut at every dictionary match (longest match, left to right, with OpenCC's own trie), the
 * matches are replaced by their targets, and OpenCC converts the runs in between, so an override also
 * stops OpenCC from segmenting across its boundary. Build once per locale pair: setup loads OpenCC's tries.
 */
export function createConverter({ from, to, phrases = [] }: ConverterOptions): ScriptConverter {
  const opencc = Converter({ from, to });
  if (phrases.length === 0) return opencc;
  const overrides = new Trie();
  overrides.loadDict(phrases.map((p) => [p.source, p.target] as const));
  return (text) => {
    let out = '';
    let runStart = 0;
    let i = 0;
    while (i < text.length) {
      const match = overrides.matchPrefix(text, i);
      if (match) {
        out += opencc(text.slice(runStart, i)) + match.value;
        i = match.end;
        runStart = i;
      } else {
        i += 1;
      }
    }
    return out + opencc(text.slice(runStart));
  };
}
