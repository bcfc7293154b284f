import { Converter } from 'opencc-js';
import type { OpenccLocale } from '../site/variants';
import type { PhraseEntry } from './dictionary';
import { withOverrides, type ScriptConverter } from './overrides';

export type { ScriptConverter } from './overrides';

export interface ConverterOptions {
  /** OpenCC locale of the input. */
  readonly from: OpenccLocale;
  /** OpenCC locale of the output. */
  readonly to: OpenccLocale;
  /** Project phrase overrides; each match wins over OpenCC's own segmentation. Default: none. */
  readonly phrases?: readonly PhraseEntry[];
}

/**
 * Build a converter: the project phrase dictionary first, OpenCC for the rest (see withOverrides).
 * Build once per locale pair: setup loads OpenCC's tries.
 */
export function createConverter({ from, to, phrases = [] }: ConverterOptions): ScriptConverter {
  return withOverrides(Converter({ from, to }), phrases);
}
