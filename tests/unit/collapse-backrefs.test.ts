import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { collapseBackrefs } from '@/lib/notes/collapse-backrefs';

const a = (n: number): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href: `#fnref-1${n > 1 ? `-${n}` : ''}`, dataFootnoteBackref: '', ariaLabel: `back ${n}` },
  children: [{ type: 'text', value: n > 1 ? String(n) : '↑' }],
});
const notes = (backrefs: number): Root => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'p', properties: { id: 'p-1' }, children: [{ type: 'text', value: 'text' }] },
    {
      type: 'element',
      tagName: 'section',
      properties: { dataFootnotes: '' },
      children: [
        {
          type: 'element',
          tagName: 'ol',
          properties: {},
          children: [
            {
              type: 'element',
              tagName: 'li',
              properties: { id: 'fn-1' },
              children: [
                {
                  type: 'element',
                  tagName: 'p',
                  properties: {},
                  children: [
                    { type: 'text', value: 'A note. ' },
                    ...Array.from({ length: backrefs }, (_, i) => [
                      a(i + 1),
                      { type: 'text' as const, value: ' ' },
                    ]).flat(),
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
});
const label = (n: number) => `↑ 返回正文（${n} 处引用）`;

describe('collapseBackrefs', () => {
  it('turns a note’s many back links into one disclosure listing every place, links unchanged', () => {
    const tree = notes(12);
    const out = collapseBackrefs(tree, label);
    const item = ((out.children[1] as Element).children[0] as Element).children[0] as Element;
    const [paragraph, details] = item.children as Element[];
    expect(paragraph!.children).toEqual([{ type: 'text', value: 'A note. ' }]);
    expect(details!.tagName).toBe('details');
    expect((details!.children[0] as Element).children).toEqual([{ type: 'text', value: '↑ 返回正文（12 处引用）' }]);
    const links = ((details!.children[1] as Element).children as Element[]).map((li) => li.children[0] as Element);
    expect(links.map((l) => l.properties.href)).toEqual(Array.from({ length: 12 }, (_, i) => a(i + 1).properties.href));
    expect(links.map((l) => l.properties.ariaLabel)).toEqual(Array.from({ length: 12 }, (_, i) => `back ${i + 1}`));
    expect(links.map((l) => (l.children[0] as { value: string }).value)).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
    // The input is not modified, and what is not a note is shared.
    expect(tree).toEqual(notes(12));
    expect(out.children[0]).toBe(tree.children[0]);
  });
  it('leaves a note cited once as it is', () => {
    const tree = notes(1);
    expect(collapseBackrefs(tree, label)).toBe(tree);
  });
});
