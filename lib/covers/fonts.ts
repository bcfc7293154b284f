import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Fonts for the share images, from npm packages (no network, no system fonts): Noto Serif SC for Simplified,
 * Noto Serif TC for Traditional (Taiwan glyph forms), Noto Serif for English (the CJK fonts' “ ” ’ are
 * full width). Fontsource splits each font into
 * unicode-range subsets (`unicode.json`); only the subsets that hold the characters drawn are loaded, as
 * WOFF (satori reads TTF, OTF and WOFF, not WOFF2).
 */
export type CoverFontFamily = 'Noto Serif' | 'Noto Serif SC' | 'Noto Serif TC';
export type CoverFontWeight = 700 | 900;

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: CoverFontWeight;
  style: 'normal';
}

const packages: Record<CoverFontFamily, string> = {
  'Noto Serif': '@fontsource/noto-serif',
  'Noto Serif SC': '@fontsource/noto-serif-sc',
  'Noto Serif TC': '@fontsource/noto-serif-tc',
};

const require = createRequire(import.meta.url);
const packageDir = (family: CoverFontFamily) => path.dirname(require.resolve(`${packages[family]}/package.json`));

type Range = readonly [number, number];
const subsetCache = new Map<CoverFontFamily, { name: string; ranges: Range[] }[]>();

/** The family's subsets and the code points each covers, from `unicode.json` (`U+4e00-4e0f,U+4e11`). */
function subsets(family: CoverFontFamily) {
  let list = subsetCache.get(family);
  if (!list) {
    const json = JSON.parse(readFileSync(path.join(packageDir(family), 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >;
    list = Object.entries(json).map(([key, value]) => ({
      name: key.replace(/^\[(\d+)\]$/, '$1'),
      ranges: value.split(',').map((part): Range => {
        const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
      }),
    }));
    subsetCache.set(family, list);
  }
  return list;
}

const fileCache = new Map<string, Buffer>();

/**
 * The font files satori needs to draw `text` in `family` at `weight`: every subset holding one of its
 * characters. Throws when a character is in no subset (it would be drawn as an empty box).
 */
export function fontsFor(family: CoverFontFamily, weight: CoverFontWeight, text: string): SatoriFont[] {
  // A character in both a CJK and a Latin subset (“ ” ·) is drawn from the CJK one, as Chinese sets it.
  // The fonts come back in that order, which is the order satori falls back in.
  const isCjk = (name: string) => /^\d+$/.test(name);
  const ordered = [...subsets(family)].sort((a, b) => Number(isCjk(b.name)) - Number(isCjk(a.name)));
  const needed = new Set<string>();
  for (const char of new Set(text.replace(/\s/g, ''))) {
    const cp = char.codePointAt(0)!;
    const subset = ordered.find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (!subset) throw new Error(`${family} has no glyph for “${char}” (U+${cp.toString(16)})`);
    needed.add(subset.name);
  }
  const slug = packages[family].split('/')[1]!;
  return ordered
    .filter((s) => needed.has(s.name))
    .map(({ name }) => {
      const file = path.join(packageDir(family), 'files', `${slug}-${name}-${weight}-normal.woff`);
      let data = fileCache.get(file);
      if (!data) {
        data = readFileSync(file);
        fileCache.set(file, data);
      }
      // One name per subset: satori keeps one font per name and weight, and falls back along `fontFamily`.
      return { name: `${family} ${name}`, data, weight, style: 'normal' as const };
    });
}
