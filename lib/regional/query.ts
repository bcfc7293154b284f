import type { PhraseOverride } from '../script/overrides';
import { toCanonical } from '../script/converters';
import { isPin, regions, type RegionalTable } from './terms';

/**
 * Query overrides that let a Taiwan or Hong Kong word find the paragraphs where the author wrote the
 * mainland one (軟體 → 软件, 影片 → 视频), for the search box's converter. A word that the essays also use
 * as a word of their own (资料, 职位) is left out: mapping it would stop it finding itself.
 */
export function regionalQueryPhrases(table: RegionalTable, essayText: string): PhraseOverride[] {
  const phrases = new Map<string, string>();
  for (const term of table.terms) {
    if (isPin(term)) continue;
    for (const region of regions) {
      const form = term[region];
      if (form === undefined) continue;
      const simplified = toCanonical('zh-Hant-TW')(form);
      if (simplified === term.cn || essayText.includes(simplified)) continue;
      for (const source of new Set([form, simplified])) if (!phrases.has(source)) phrases.set(source, term.cn);
    }
  }
  return [...phrases].map(([source, target]) => ({ source, target }));
}
