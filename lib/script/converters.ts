import { canonicalVariant, type Variant } from '../variants';
import { sourceScripts, type SourceScript } from './source-scripts';
import { createConverter, type ScriptConverter } from './converter';
import { loadDictionary } from './dictionary';

const identity: ScriptConverter = (text) => text;
const cache = new Map<string, ScriptConverter>();

function cached(key: string, make: () => ScriptConverter): ScriptConverter {
  let converter = cache.get(key);
  if (!converter) {
    converter = make();
    cache.set(key, converter);
  }
  return converter;
}

/** Converter from a source file's script to canonical Simplified (with `content/dictionary/<from>2s.tsv`). */
export function toCanonical(script: SourceScript): ScriptConverter {
  const from = sourceScripts[script];
  if (from === null) return identity;
  return cached(`${from}2s`, () => createConverter({ from, to: 'cn', phrases: loadDictionary(`${from}2s.tsv`) }));
}

/** Converter from canonical Simplified to a variant's script (with `content/dictionary/s2<to>.tsv`). */
export function fromCanonical(variant: Variant): ScriptConverter {
  const to = variant.opencc;
  if (to === null || variant.id === canonicalVariant.id) return identity;
  return cached(`s2${to}`, () => createConverter({ from: 'cn', to, phrases: loadDictionary(`s2${to}.tsv`) }));
}
