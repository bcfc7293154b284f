import { canonicalVariant, type Variant } from '../site/variants';
import { sourceScripts, type SourceScript } from './source-scripts';
import { createConverter, type ConverterOptions, type ScriptConverter } from './converter';
import { dictionaryDir, loadDictionary } from './dictionary';

const identity: ScriptConverter = (text) => text;
const cache = new Map<string, ScriptConverter>();

/**
 * The converter for a locale pair with the phrase dictionary `name` of the content folder (`CONTENT_DIR`),
 * built once per folder and pair.
 */
function cached(name: string, options: Omit<ConverterOptions, 'phrases'>): ScriptConverter {
  // Keyed by the variable as set, not the resolved folder: this runs for every converted string.
  const key = `${process.env.CONTENT_DIR ?? ''}:${name}`;
  let converter = cache.get(key);
  if (!converter) {
    converter = createConverter({ ...options, phrases: loadDictionary(name, dictionaryDir()) });
    cache.set(key, converter);
  }
  return converter;
}

/** Converter from a source file's script to canonical Simplified (with `dictionary/<from>2s.tsv`). */
export function toCanonical(script: SourceScript): ScriptConverter {
  const from = sourceScripts[script];
  if (from === null) return identity;
  return cached(`${from}2s.tsv`, { from, to: 'cn' });
}

/** Converter from canonical Simplified to a variant's script (with `dictionary/s2<to>.tsv`). */
export function fromCanonical(variant: Variant): ScriptConverter {
  const to = variant.opencc;
  if (to === null || variant.id === canonicalVariant.id) return identity;
  return cached(`s2${to}.tsv`, { from: 'cn', to });
}
