/**
 * The generators (issue 32): Mandarin readings from pinyin-pro (it segments the text into words, which
 * settles most polyphones: 银行 yín háng, 行长 háng zhǎng), zhuyin derived from its pinyin by pinyin-zhuyin,
 * Cantonese Jyutping from to-jyutping (its candidates are ranked by the sentence). Each takes a block's whole
 * text, so a character's neighbours decide its reading, and returns one reading per code point: `undefined`
 * where the character is not Han or the generator does not know it (shown without a reading, never guessed).
 */
import { pinyin } from 'pinyin-pro';
import { pinyinToZhuyin } from 'pinyin-zhuyin';
import { getJyutpingList } from 'to-jyutping';
import { isHan } from './kinds';

export type Readings = (string | undefined)[];

/**
 * Pinyin with tone marks, one per code point of `text`. `readAs`, the same text in Simplified characters
 * when it is Traditional: pinyin-pro's word list is Simplified, and on Traditional text it misses words
 * (銀行行長 came out yín xíng xíng cháng; 银行行长, yín háng háng zhǎng).
 */
export function pinyinReadings(text: string, readAs: string = text): Readings {
  const chars = [...text];
  const simplified = [...readAs].length === chars.length ? readAs : text;
  const result = pinyin(simplified, { type: 'all', toneType: 'symbol', nonZh: 'consecutive' });
  const readings: Readings = chars.map(() => undefined);
  // pinyin-pro returns one item per Chinese character and one per run of anything else ("consecutive"):
  // walk both in step by the items' own text.
  let at = 0;
  for (const item of result) {
    const length = [...item.origin].length;
    if (length === 1 && isHan(item.origin) && item.isZh && item.pinyin && item.pinyin !== item.origin)
      readings[at] = item.pinyin;
    at += length;
  }
  if (at !== chars.length) throw new Error(`pinyin-pro: ${at} characters read of ${chars.length}`);
  return readings;
}

/**
 * Zhuyin (注音符號) from pinyin, syllable for syllable. The syllables are the mainland's until Taiwan's own
 * readings replace them (lib/readings/taiwan.ts: 企業 ㄑㄧˋ, not ㄑㄧˇ). The neutral tone's mark goes first, as
 * Taiwan writes it (˙ㄌㄜ), where the converter puts it last.
 */
export function zhuyin(syllable: string): string {
  const converted = pinyinToZhuyin(syllable);
  return converted.endsWith('˙') ? `˙${converted.slice(0, -1)}` : converted;
}

/** Cantonese Jyutping (tone numbers), one per code point. */
export function jyutpingReadings(text: string): Readings {
  const chars = [...text];
  const list = getJyutpingList(text);
  const readings: Readings = chars.map(() => undefined);
  let at = 0;
  for (const [origin, jyutping] of list) {
    const length = [...origin].length;
    if (length === 1 && isHan(origin) && jyutping) readings[at] = jyutping;
    at += length;
  }
  if (at !== chars.length) throw new Error(`to-jyutping: ${at} characters read of ${chars.length}`);
  return readings;
}
