/**
 * Translator's notes (docs/english-style.md): lettered references in the English, a lettered list after the
 * author's notes on English pages and in 中英对照, never anything on a Chinese page.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { getArticles } from '@/lib/model';
import { loadTranslation } from '@/lib/translation/load';
import { scriptVariantIds } from '@/lib/site/variants';

const elements = (tree: Root | Element, test: (node: Element) => boolean) => {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
};
const essaysWithNotes = getArticles('en').filter(
  (a) => elements(a.body, (n) => n.properties.dataTranslatorNotes !== undefined).length > 0,
);

describe('translator’s notes on the site', () => {
  test('some essays have them', () => {
    expect(essaysWithNotes.length).toBeGreaterThan(0);
  });

  test.each(essaysWithNotes.map((a) => [a.slug, a] as const))(
    '%s: every lettered reference leads to its note and back, in the English and in 中英对照',
    (slug, en) => {
      const refs = elements(en.body, (n) => n.properties.dataTranslatorNoteRef !== undefined);
      const letters = refs.map((r) => toString(r));
      expect(letters).toEqual(letters.map((_, i) => String.fromCharCode(97 + i)));
      const [section] = elements(en.body, (n) => n.properties.dataTranslatorNotes !== undefined);
      expect(en.body.children.at(-1)).toBe(section);
      expect(toString(section!)).toMatch(/^Translator’s notes/);
      for (const ref of refs) {
        const letter = toString(ref);
        expect(ref.properties).toMatchObject({ href: `#tn-${letter}`, id: `tnref-${letter}` });
        const [note] = elements(section!, (n) => n.properties.id === `tn-${letter}`);
        expect(toString(note!).trim().length).toBeGreaterThan(10);
      }
      const zh = getArticles('zh-hans').find((a) => a.slug === slug)!;
      const bilingual = elements(zh.translation!.body, (n) => n.properties.dataTranslatorNoteRef !== undefined);
      expect(bilingual.map((r) => r.properties.href)).toEqual(letters.map((l) => `#en-tn-${l}`));
    },
  );

  test.each(scriptVariantIds)('no translator’s note reaches a Chinese page (%s)', (variant) => {
    for (const article of getArticles(variant)) {
      const found = elements(
        article.body,
        (n) =>
          n.properties.dataTranslatorNoteRef !== undefined ||
          n.properties.dataTranslatorNotes !== undefined ||
          String(n.properties.id ?? '').startsWith('tn'),
      );
      expect(found, article.slug).toEqual([]);
      expect(toString(article.body)).not.toContain('Translator’s notes');
    }
  });
});

describe('translator’s notes are checked', () => {
  const target = {
    blockIds: ['p-1', 'p-2'],
    texts: new Map([
      ['p-1', '一。'],
      ['p-2', '二。'],
    ]),
    retiredIds: new Set<string>(),
    footnoteIds: [],
    footnoteRefs: new Map(),
    headingIds: [],
    fields: { outlet: false, sourceNote: false },
  };
  const problems = (yaml: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tn-'));
    mkdirSync(path.join(dir, 'translations'));
    writeFileSync(path.join(dir, 'translations', 'x.en.yaml'), yaml);
    try {
      loadTranslation('x', target, dir);
    } catch (error) {
      if (error instanceof ContentError) return error.problems.join('\n');
      throw error;
    }
    return '';
  };
  const head = 'title: T\nshort: T\nauthor: A\nsummary: S\nblocks:\n';

  test('lettered in reading order, each written and each referenced', () => {
    const found = problems(
      `${head}  p-1:\n    zh: 一。\n    en: One.[^b]\n  p-2:\n    zh: 二。\n    en: Two.[^c]\ntranslatorNotes:\n  b: A note.\n  d: Never used.\n`,
    );
    expect(found).toMatch(/x\.en\.yaml:8:\d+: translator’s note \[\^b\] should be \[\^a\]/);
    expect(found).toMatch(/x\.en\.yaml:11:\d+: translator’s note \[\^c\] is not written/);
    expect(found).toMatch(/x\.en\.yaml:14:\d+: translator’s note d is never referenced/);
  });

  test('a well-formed note passes', () => {
    expect(
      problems(
        `${head}  p-1:\n    zh: 一。\n    en: One.[^a]\n  p-2:\n    zh: 二。\n    en: Two.\ntranslatorNotes:\n  a: A note.\n`,
      ),
    ).toBe('');
  });
});

test('Chinese kept in the English (the sign-off 【懂】) is marked as Chinese', () => {
  const en = getArticles('en').find((a) => a.slug === 'ai-resignation-letters')!;
  const marked = elements(en.body, (n) => n.tagName === 'span' && n.properties.lang === 'zh-Hans');
  expect(marked.map((n) => toString(n))).toContain('【懂】');
});
