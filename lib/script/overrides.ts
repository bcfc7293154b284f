import { Trie } from 'opencc-js/core';

/** Converts a run of text from one script to another. */
export type ScriptConverter = (text: string) => string;

/** A phrase override: `source` becomes `target`, taking priority over OpenCC's segmentation. */
export interface PhraseOverride {
  readonly source: string;
  readonly target: string;
}

/**
 * Put a project phrase dictionary in front of an OpenCC converter. The text is cut at every dictionary
 * match (longest match, left to right, with OpenCC's own trie), the matches are replaced by their targets,
 * and OpenCC converts the runs in between, so an override also stops OpenCC from segmenting across its
 * boundary. Imports only OpenCC's core (no dictionaries), so the browser's query converter shares it.
 */
export function withOverrides(opencc: ScriptConverter, phrases: readonly PhraseOverride[]): ScriptConverter {
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
