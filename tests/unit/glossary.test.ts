import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { matchGloss, termId } from '@/lib/markdown/glossary-syntax';
import { parseSource, toCanonicalTree, toVariantTree } from '@/lib/markdown/processor';
import { getVariant } from '@/lib/site/variants';

const source = `今年的物理学奖颁给了将**量子隧穿**（Quantum Tunneling: 一种微观粒子能够穿透势垒的现象）实验成功应用于宏观世界的团队。

挺进**AGI**（Artificial General Intelligence: 通用人工智能）的科研领域，**重点**（不是术语）。
`;

function render(variantId: 'zh-hans' | 'zh-hant') {
  const file = new VFile({ path: 'glossary.md', value: source });
  const tree = toVariantTree(toCanonicalTree(parseSource(file), file, 'zh-Hans'), getVariant(variantId), file);
  return { tree, file };
}
const byId = (tree: { children: unknown[] }, id: string) =>
  (tree.children as Element[]).find((n) => n.type === 'element' && n.properties.id === id);

describe('matchGloss', () => {
  test('reads an English name and a definition after either colon', () => {
    expect(matchGloss('（Quantum Tunneling: 一种现象）实验')).toMatchObject({
      english: 'Quantum Tunneling',
      definition: '一种现象',
      whole: '（Quantum Tunneling: 一种现象）',
    });
    expect(matchGloss('（AGI：通用人工智能）')?.english).toBe('AGI');
  });
  test('is not fooled by plain brackets, Chinese names or nested brackets', () => {
    expect(matchGloss('（不是术语）')).toBeUndefined();
    expect(matchGloss('（术语: 定义）')).toBeUndefined();
    expect(matchGloss('（Nested: 含有（嵌套）括号）')).toBeUndefined();
    expect(matchGloss('后文（Quantum: 不紧跟术语）')).toBeUndefined();
  });
  test('ids come from the English name', () =>
    expect(termId('Low-dimensional Manifold')).toBe('term-low-dimensional-manifold'));
});

describe('rehype-glossary', () => {
  test('collects terms in order with canonical text', () => {
    const { file } = render('zh-hant');
    expect(file.data.glossary).toEqual([
      {
        id: 'term-quantum-tunneling',
        term: '量子隧穿',
        english: 'Quantum Tunneling',
        definition: '一种微观粒子能够穿透势垒的现象',
      },
      {
        id: 'term-artificial-general-intelligence',
        term: 'AGI',
        english: 'Artificial General Intelligence',
        definition: '通用人工智能',
      },
    ]);
  });

  test.each(['zh-hans', 'zh-hant'] as const)('keeps every word of the paragraph and links term ↔ entry (%s)', (v) => {
    const { tree } = render(v);
    const p1 = byId(tree, 'p-1')!;
    const expected =
      '今年的物理学奖颁给了将量子隧穿（Quantum Tunneling：一种微观粒子能够穿透势垒的现象）实验成功应用于宏观世界的团队。';
    expect(toString(p1)).toBe(
      v === 'zh-hans'
        ? expected
        : '今年的物理學獎頒給了將量子隧穿（Quantum Tunneling：一種微觀粒子能夠穿透勢壘的現象）實驗成功應用於宏觀世界的團隊。',
    );
    const section = (tree.children as Element[]).find((n) => n.properties?.dataGlossary !== undefined)!;
    const html = JSON.stringify(section);
    expect(html).toContain('"href":"#term-quantum-tunneling-ref"');
    expect(JSON.stringify(p1)).toContain('"href":"#term-quantum-tunneling"');
    expect(toString(section)).toContain(v === 'zh-hans' ? '术语表' : '術語表');
  });

  test('an essay without inline definitions gets no glossary', () => {
    const file = new VFile({ path: 'plain.md', value: '**重点**（不是术语）。\n' });
    const tree = toVariantTree(toCanonicalTree(parseSource(file), file, 'zh-Hans'), getVariant('zh-hans'), file);
    expect(file.data.glossary).toEqual([]);
    expect(JSON.stringify(tree)).not.toContain('dataGlossary');
  });
});
