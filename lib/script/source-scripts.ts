import type { OpenccLocale } from '../site/variants';

/** Scripts a source file may be written in, with the OpenCC locale that reads it. */
export const sourceScripts = {
  'zh-Hans': null,
  'zh-Hant-TW': 'tw',
} as const satisfies Record<string, OpenccLocale | null>;

export type SourceScript = keyof typeof sourceScripts;
export const sourceScriptIds = Object.keys(sourceScripts) as [SourceScript, ...SourceScript[]];
