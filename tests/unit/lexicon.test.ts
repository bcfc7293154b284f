/**
 * The lexicon (issue 32; lib/lexicon): the essays' own words stay whole in every edition's segmentation,
 * glosses follow the page's reading, and the vocabulary leaves out names and function words.
 */
import { describe, expect, it } from 'vitest';
import { cedictGloss } from '@/lib/lexicon/cedict';
import { oneLine, toCsv, toTsv } from '@/lib/lexicon/export';
import { essayGlossary } from '@/lib/lexicon/glosses';
import { sentenceAt } from '@/lib/lexicon/essay';
import { shownBlocks } from '@/lib/lexicon/blocks';
import { segment } from '@/lib/lexicon/segment';
import { loadLexicon, essayVocabulary, isKeyWordCandidate } from '@/lib/lexicon/vocabulary';
import { getArticles } from '@/lib/model';
import { canonicalVariant } from '@/lib/site/variants';

describe('segmentation of the essays’ own words', () => {
  it('never splits a reviewed term, a glossary term or a theme name where an essay uses it', () => {
    const { terms, themes, glossaries } = loadLexicon();
    const words = new Set([
      ...terms.map((t) => t.word),
      ...themes.keys(),
      ...[...glossaries.values()].flatMap((g) => [...g.keys()]),
    ]);
    const split: string[] = [];
    let checked = 0;
    for (const article of getArticles(canonicalVariant.id)) {
      for (const block of shownBlocks(article.body)) {
        // Token boundaries, in code points: a term is whole when no boundary falls inside it.
        const cuts = new Set<number>();
        let at = 0;
        for (const token of segment(block.text)) cuts.add((at += [...token.word].length));
        const chars = [...block.text];
        for (const word of words) {
          const length = [...word].length;
          for (let i = 0; i + length <= chars.length; i += 1) {
            if (chars.slice(i, i + length).join('') !== word) continue;
            checked += 1;
            for (let inside = i + 1; inside < i + length; inside += 1)
              if (cuts.has(inside)) {
                split.push(`${article.slug}/${block.id}: ${word}`);
                break;
              }
          }
        }
      }
    }
    expect(split).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('keeps 内卷, 加速计算 and 996 whole in a sentence', () => {
    loadLexicon();
    expect(segment('内卷之下，加速计算取代通用计算，大模型让996成为常态').map((t) => t.word)).toEqual(
      expect.arrayContaining(['内卷', '加速计算', '通用计算', '大模型', '996']),
    );
  });
});

describe('glosses', () => {
  it('takes the CC-CEDICT entry with the page’s reading', () => {
    expect(cedictGloss('行', 'háng')).toMatch(/row/);
    expect(cedictGloss('行', 'xíng')).toMatch(/walk/);
    // A proper noun's entry with the same syllables is not the word (Yi3, Israel).
    expect(cedictGloss('以', 'yǐ')).not.toMatch(/Israel/);
    expect(cedictGloss('没有这个词语吧')).toBeUndefined();
    expect(cedictGloss('分享', 'fēn xiǎng')).toContain('something good');
  });

  it('reads the essay’s own glossary', () => {
    expect(essayGlossary('**量子隧穿**（Quantum Tunneling: 一种现象）').get('量子隧穿')).toBe('Quantum Tunneling');
  });

  it('finds the sentence of a word', () => {
    expect(sentenceAt([...'前一句。这是内卷的时代！后一句'], 6, 8)).toBe('这是内卷的时代！');
  });
});

describe('vocabulary', () => {
  it('lists glossed key words without names or function words, best first', () => {
    const { terms } = loadLexicon();
    const article = getArticles(canonicalVariant.id).find((a) => a.slug === 'ai-race-002')!;
    const { entries } = essayVocabulary(article);
    expect(entries.length).toBeGreaterThan(20);
    const words = entries.map((e) => e.word.word);
    expect(words).toContain('002');
    for (const name of terms.filter((t) => t.name)) expect(words).not.toContain(name.word);
    for (const entry of entries) {
      expect(isKeyWordCandidate(entry.word, terms)).toBe(true);
      expect(entry.word.readings.pinyin ?? entry.word.word).toBeTruthy();
    }
    const scores = entries.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  }, 60_000);
});

describe('downloads', () => {
  const table = { header: ['Word', 'Meaning'], rows: [['内卷', '"002" work mode, or, a, b']] };
  it('writes Anki’s header lines and quotes a field with a double quote', () => {
    expect(toTsv(table, ['ai-work', 'a b'])).toBe(
      '#separator:tab\n#html:false\n#columns:Word\tMeaning\n#tags:ai-work a_b\n内卷\t"""002"" work mode, or, a, b"\n',
    );
  });
  it('writes RFC 4180 CSV with a byte order mark', () => {
    expect(toCsv(table)).toBe('\uFEFFWord,Meaning\r\n内卷,"""002"" work mode, or, a, b"\r\n');
  });
  it('keeps every field on one line', () => {
    expect(oneLine('a\tb\r\nc ')).toBe('a b c');
  });
});
