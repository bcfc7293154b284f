/**
 * Block ids survive edits: the id ledger matching (lib/ids/match.ts) on fixture edits of one real essay.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ledgerSchema, type Ledger } from '@/lib/ids/ledger';
import { matchBlocks, sameLedger, thresholds, type BlockInfo } from '@/lib/ids/match';
import { matchingLines } from '@/lib/ids/report';
import { bigrams, dice } from '@/lib/ids/similarity';
import published from '../fixtures/ids/published.json';

const read = (slug: string): Ledger => ledgerSchema.parse(parse(readFileSync(`content/ids/${slug}.yaml`, 'utf8')));
// A frozen copy of one essay's ledger, so the edits below do not depend on later corrections to the essay.
const ledger = ledgerSchema.parse(parse(readFileSync('tests/fixtures/ids/ai-race-002.yaml', 'utf8')));
type Editable = { -readonly [K in keyof BlockInfo]: BlockInfo[K] };
const blocks: Editable[] = ledger.blocks.map((b) => ({
  kind: /^p-\d+$/.test(b.id) ? 'paragraph' : 'heading',
  text: b.text,
}));
const ids = (edit: (b: Editable[]) => Editable[]) => matchBlocks(ledger, edit(blocks.map((b) => ({ ...b }))));
const untouched = (result: readonly string[], except: readonly string[]) =>
  ledger.blocks.map((b) => b.id).filter((id) => !except.includes(id) && !result.includes(id));

describe('ids survive edits (ai-race-002)', () => {
  test('no edit: every id kept, the ledger unchanged', () => {
    const m = ids((b) => b);
    expect(m.ids).toEqual(ledger.blocks.map((b) => b.id));
    expect(sameLedger(m.ledger, ledger)).toBe(true);
  });

  test('a corrected typo keeps the id', () => {
    const m = ids((b) => {
      b[4]!.text = b[4]!.text.replace('耦合效应', '偶合效应');
      return b;
    });
    expect(m.ids).toEqual(ledger.blocks.map((b) => b.id));
    expect(m.outcomes[4]).toMatchObject({ kind: 'edited', id: 'p-4' });
    expect(matchingLines(m).join('\n')).toMatch(/edited\s+p-4\s+similarity 9\d%/);
  });

  test('a rewritten clause keeps the id', () => {
    const m = ids((b) => {
      b[5]!.text = b[5]!.text.replace(/^[^。]+。/, '微软的AI体验首席产品官早就说过，研究与上线之间只隔一天。');
      return b;
    });
    expect(m.ids[5]).toBe('p-5');
    expect(m.outcomes[5]!.kind).toBe('edited');
  });

  test('a block inserted at the top gets a new id never used; the others keep theirs', () => {
    const m = ids((b) => [{ kind: 'paragraph', text: '编者按：本文写于二〇二五年。' }, ...b]);
    expect(m.ids[0]).toBe('p-15');
    expect(m.ids.slice(1)).toEqual(ledger.blocks.map((b) => b.id));
  });

  test('a block deleted in the middle is retired and lands on the next; its id is never reused', () => {
    const m = ids((b) => b.filter((_, i) => i !== 8));
    expect(m.ids).toEqual(ledger.blocks.map((b) => b.id).filter((id) => id !== 'p-7'));
    expect(m.retired).toEqual([expect.objectContaining({ id: 'p-7', at: 'p-8' })]);
    const again = matchBlocks(m.ledger, [
      ...blocks.filter((_, i) => i !== 8),
      { kind: 'paragraph', text: '新的一段。' },
    ]);
    expect(again.ids.at(-1)).toBe('p-15');
    expect(again.ledger.retired.map((r) => r.id)).toEqual(['p-7']);
  });

  test('a moved block keeps its id and is reported as moved', () => {
    const m = ids((b) => {
      const [moved] = b.splice(2, 1);
      b.push(moved!);
      return b;
    });
    expect(m.ids.at(-1)).toBe('p-3');
    expect(untouched(m.ids, [])).toEqual([]);
    expect(m.outcomes.at(-1)).toMatchObject({ kind: 'kept', moved: true });
    expect(m.outcomes.filter((o) => 'moved' in o && o.moved)).toHaveLength(1);
  });

  test('a split keeps the id on the larger part, the other part is new', () => {
    const text = blocks[9]!.text; // p-8
    const cut = text.indexOf('AI永不眠');
    expect(cut).toBeGreaterThan(0);
    const m = ids((b) => {
      b.splice(9, 1, { kind: 'paragraph', text: text.slice(0, cut) }, { kind: 'paragraph', text: text.slice(cut) });
      return b;
    });
    const firstLarger = cut > text.length - cut;
    expect(m.ids.slice(9, 11)).toEqual(firstLarger ? ['p-8', 'p-15'] : ['p-15', 'p-8']);
    expect(untouched(m.ids, ['p-8'])).toEqual([]);
  });

  test('a merge keeps the id of the larger part; the other is retired and lands on the merged block', () => {
    const m = ids((b) => {
      b.splice(12, 2, { kind: 'paragraph', text: b[12]!.text + b[13]!.text }); // p-10 and p-11
      return b;
    });
    const merged = m.ids[12]!;
    expect(merged).toBe(blocks[12]!.text.length > blocks[13]!.text.length ? 'p-10' : 'p-11');
    const gone = m.retired[0]!;
    expect(m.retired).toHaveLength(1);
    expect(gone.at).toBe(merged);
    expect(gone.merged).toBeGreaterThanOrEqual(thresholds.landing);
  });

  test('a heading rewritten keeps its slug; a new heading gets a slug no block ever had', () => {
    const m = ids((b) => {
      b[3]!.text = 'AI浪潮下的极限竞速：技术与商业的双重驱动';
      return [...b, { kind: 'heading', text: b[7]!.text }];
    });
    expect(m.ids[3]).toBe(ledger.blocks[3]!.id);
    expect(m.ids.at(-1)).toBe(`${ledger.blocks[7]!.id}-1`);
  });

  test('an edit undone gets its retired id back', () => {
    const removed = matchBlocks(
      ledger,
      blocks.filter((_, i) => i !== 8),
    );
    const back = matchBlocks(removed.ledger, blocks);
    expect(back.ids).toEqual(ledger.blocks.map((b) => b.id));
    expect(back.ledger.retired).toEqual([]);
  });

  test('no two different blocks of the essays are similar enough to pass for edits of each other', () => {
    const all = Object.keys(published).flatMap((slug) => read(slug).blocks.map((b) => bigrams(b.text)));
    let highest = 0;
    for (let i = 0; i < all.length; i += 1)
      for (let j = i + 1; j < all.length; j += 1)
        if (dice(all[i]!, all[j]!) < 1) highest = Math.max(highest, dice(all[i]!, all[j]!));
    // 0.51 today (good-bubble-ai-leverage p-10 and p-49, where the author restates a sentence).
    expect(highest).toBeLessThan(thresholds.edited);
  });
});

describe('published ids', () => {
  test.each(Object.entries(published))('%s: every id published before the ledger still works', (slug, before) => {
    const { blocks, retired } = read(slug);
    const live = blocks.map((b) => b.id);
    // Ids of blocks still there are byte-identical and in the same order; the others are retired and land.
    expect(live.filter((id) => before.includes(id))).toEqual(before.filter((id) => live.includes(id)));
    for (const id of before.filter((id) => !live.includes(id))) {
      const entry = retired.find((r) => r.id === id);
      expect(entry, `${id} is neither live nor retired`).toBeDefined();
      expect(live).toContain(entry!.at);
    }
  });
});
