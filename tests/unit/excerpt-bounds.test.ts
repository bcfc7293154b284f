import { describe, expect, test } from 'vitest';
import { getSite } from '@/lib/model';
import { ellipsis, excerptBounds } from '@/lib/text/excerpt-bounds';

/** Issue 28: excerpts end at a word or sentence boundary, never inside a word, with the language's ellipsis. */

const wordBoundaries = (text: string, lang: string) =>
  new Set([
    ...Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(text), (s) => s.index),
    text.length,
  ]);

describe('excerptBounds', () => {
  test('English: the window grows to whole words', () => {
    const text = 'Of all people, the researchers who understand AI best are resigning in public, one letter at a time.';
    const { from, to, cutStart, cutEnd } = excerptBounds(text, 22, 56, 'en', { start: 47, end: 49 });
    expect(text.slice(from, to)).toBe('researchers who understand AI best are');
    expect([cutStart, cutEnd]).toEqual([true, true]);
  });

  test('a paragraph start near the cut is taken: nothing left out, no ellipsis', () => {
    const text = 'The researchers who understand AI best are resigning in public, one letter at a time.';
    const { from, cutStart } = excerptBounds(text, 4, 40, 'en', { start: 31, end: 33 });
    expect([from, cutStart]).toEqual([0, false]);
  });

  test('a whole sentence at either end needs no ellipsis there', () => {
    const text = 'First sentence here. Second sentence holds Musk and more words after it. Third one.';
    const { cutStart, cutEnd } = excerptBounds(text, 18, 70, 'en', { start: 43, end: 47 });
    expect([cutStart, cutEnd]).toEqual([false, false]);
    const zh = '第一句话在这里。第二句话提到了马斯克和更多的内容。第三句。';
    const bounds = excerptBounds(zh, 7, 24, 'zh', { start: 14, end: 17 });
    expect(zh.slice(bounds.from, bounds.to)).toBe('第二句话提到了马斯克和更多的内容。');
    expect([bounds.cutStart, bounds.cutEnd]).toEqual([false, false]);
  });

  test('a sentence boundary near the cut wins over a word boundary', () => {
    const text = 'First sentence here. Second sentence holds Musk and more words after it. Third one.';
    const { from, to } = excerptBounds(text, 18, 70, 'en', { start: 43, end: 47 });
    expect(text.slice(from, to)).toBe('Second sentence holds Musk and more words after it.');
  });

  test('Chinese: never inside a dictionary word, and not on a dangling comma', () => {
    const text = '作为职场内卷的直接受害者，打工人理应奋起反击，而不是默默承受。';
    // 3 is inside 职场, 23 is inside 默默承受's neighbourhood.
    const { from, to } = excerptBounds(text, 3, 23, 'zh', { start: 4, end: 6 });
    const words = wordBoundaries(text, 'zh');
    expect(words.has(from) && words.has(to)).toBe(true);
    expect(text.slice(from, to)).not.toMatch(/^[，。]|[，]$/);
  });

  test('every theme-page excerpt of the site ends at a boundary, with …… in Chinese and … in English', () => {
    const site = getSite();
    let checked = 0;
    for (const [variant, view] of site.variants) {
      const lang = variant === 'en' ? 'en' : 'zh';
      for (const theme of view.themes)
        for (const passage of theme.essays.flatMap((e) => e.passages)) {
          const pieces = passage.excerpt;
          const text = pieces.map((p) => p.text).join('');
          const cutStart = pieces[0]!.text.startsWith('…');
          const cutEnd = pieces.at(-1)!.text.startsWith('…');
          if (cutStart) expect(pieces[0]!.text, text).toBe(ellipsis[lang]);
          if (cutEnd) expect(pieces.at(-1)!.text, text).toBe(ellipsis[lang]);
          const body = pieces
            .slice(cutStart ? 1 : 0, cutEnd ? -1 : undefined)
            .map((p) => p.text)
            .join('');
          // A cut never leaves a space or a dangling comma beside the ellipsis; English starts on a word.
          if (cutStart) expect(body, text).not.toMatch(/^[\s，、；：。,;:.]/u);
          if (cutEnd) expect(body, text).not.toMatch(/[\s，、；：,;:]$/u);
          if (cutStart && lang === 'en') expect(body, text).toMatch(/^[\p{L}\p{N}“"(‘']/u);
          checked += 1;
        }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
