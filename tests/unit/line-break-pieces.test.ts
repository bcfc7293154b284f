import { expect, test } from 'vitest';
import { lineBreakPieces } from '@/lib/text/line-break-pieces';

test('Chinese names break between words, never before 、 or after an opening mark', () => {
  for (const name of ['996、002与过劳', '人机协同与AI共生', '全民基本收入', '“好的泡沫”', 'AI离职潮']) {
    const pieces = lineBreakPieces(name, 'zh-Hans');
    expect(pieces.join('')).toBe(name);
    expect(pieces.every((p) => !/^[、，。”」]/.test(p) && !/[“「]$/.test(p))).toBe(true);
  }
  expect(lineBreakPieces('996、002与过劳', 'zh-Hans')).toEqual(['996、', '002与过劳']);
  expect(lineBreakPieces('AI离职潮', 'zh-Hans')).toEqual(['AI', '离职潮']);
  expect(lineBreakPieces('人机协同与AI共生', 'zh-Hans')).toEqual(['人机', '协同与', 'AI', '共生']);
  expect(lineBreakPieces('全民基本收入', 'zh-Hans')).toEqual(['全民', '基本', '收入']);
});

test('English names break at spaces and after hyphens only', () => {
  expect(lineBreakPieces('Leverage and Super-Individuals', 'en')).toEqual([
    'Leverage ',
    'and ',
    'Super-',
    'Individuals',
  ]);
  expect(lineBreakPieces('Human–AI Collaboration', 'en')).toEqual(['Human–', 'AI ', 'Collaboration']);
});
