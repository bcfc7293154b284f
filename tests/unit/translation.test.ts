import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { getArticles } from '@/lib/model';
import { ContentError } from '@/lib/content/errors';
import { bodyBlocks } from '@/lib/markdown/body-blocks';
import { loadTranslation } from '@/lib/translation/load';

/** A Chinese essay of three blocks, as the translation check sees it. */
const target = {
  blockIds: ['p-1', 'section', 'p-2'],
  texts: new Map([
    ['p-1', '一。'],
    ['section', '小节'],
    ['p-2', '二。'],
  ]),
  retiredIds: new Set(['p-0']),
  footnoteIds: ['1'],
  footnoteRefs: new Map([['p-2', ['1']]]),
  headingIds: ['section'],
  fields: { outlet: true, sourceNote: false },
};

const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
};

describe('alignment of the English translations', () => {
  const chinese = getArticles('zh-hans');
  const english = getArticles('en');

  test.each(chinese.map((a) => [a.slug, a] as const))(
    '%s: every block in both languages, same ids and order',
    (slug, zh) => {
      const en = english.find((a) => a.slug === slug)!;
      const zhIds = bodyBlocks(zh.body).map((b) => b.properties.id);
      const enBlocks = bodyBlocks(en.body);
      expect(enBlocks.map((b) => b.properties.id)).toEqual(zhIds);
      expect(enBlocks.every((b) => toString(b).trim().length > 0)).toBe(true);
      expect(enBlocks.some((b) => /[\u4e00-\u9fff]{4}/.test(toString(b)))).toBe(false);
      // Footnote references sit in the same blocks, the same number of times.
      const refs = (blocks: typeof enBlocks) =>
        blocks.map((b) => JSON.stringify(b).match(/"dataFootnoteRef"/g)?.length ?? 0);
      expect(refs(enBlocks)).toEqual(refs(bodyBlocks(zh.body)));
      // The bilingual body mirrors the English with `en-` ids.
      const bilingualIds: unknown[] = [];
      visit(zh.translation!.body, 'element', (node: Element) => {
        if (node.tagName === 'section') return SKIP;
        if (node.properties.dataRetired !== undefined) return undefined; // a removed block's id, landing here
        const id = node.properties.id;
        if (typeof id === 'string' && !/^en-(?:fn|tn)ref-/.test(id)) bilingualIds.push(id); // note references
        return undefined;
      });
      expect(bilingualIds).toEqual(zhIds.map((id) => `en-${String(id)}`));
    },
  );

  test('word counts (English) are reported and substantial', () => {
    for (const a of english) {
      const words = bodyBlocks(a.body)
        .map((b) => toString(b))
        .join(' ')
        .split(/\s+/).length;
      expect(words, a.slug).toBeGreaterThan(1000);
    }
  });
});

describe('a misaligned translation fails with file, line and problem', () => {
  const write = (yaml: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'translation-'));
    mkdirSync(path.join(dir, 'translations'));
    writeFileSync(path.join(dir, 'translations', 'x.en.yaml'), yaml);
    return dir;
  };
  const head = 'title: T\nshort: T\nauthor: A\noutlet: O\nsummary: S\n';

  const block = (id: string, zh: string, en: string) => `  ${id}:\n    zh: ${zh}\n    en: ${en}\n`;

  test('an English block for no Chinese block fails at its line', () => {
    const dir = write(
      `${head}blocks:\n${block('p-1', '一。', 'One.')}${block('p-9', '九。', 'Extra.')}${block('section', '小节', 'Heading')}footnotes:\n  "1": Note.\n`,
    );
    const found = problems(() => loadTranslation('x', target, dir));
    expect(found.some((p) => /x\.en\.yaml:11:\d+: English block "p-9" has no Chinese counterpart/.test(p))).toBe(true);
  });

  test('a missing, an unconfirmed and a stale block are pending, not failures; English of a removed block is a notice', () => {
    const dir = write(
      `${head}blocks:\n${block('p-0', '零。', 'Zero.')}  p-1:\n    en: One.\n${block('section', '小节（旧）', 'Heading')}footnotes:\n  "1": Note.\n`,
    );
    const t = loadTranslation('x', target, dir);
    expect([...t.pending]).toEqual([
      ['p-1', 'unconfirmed'],
      ['section', 'stale'],
      ['p-2', 'missing'],
    ]);
    const notices = t.notices.join('\n');
    expect(notices).toMatch(/x\.en\.yaml:8:\d+: English block "p-0" translates a block removed from the Chinese/);
    expect(notices).toMatch(
      /x\.en\.yaml:11:\d+: English block "p-1" is not confirmed: npm run translations -- confirm x p-1/,
    );
    expect(notices).toMatch(/x\.en\.yaml:14:\d+: English block "section" is stale[^\n]*\n {4}小节\[-（旧）-\]/);
    expect(notices).toMatch(/Chinese block "p-2" has no English yet/);
  });

  test('footnote references and untranslated footnotes', () => {
    const dir = write(
      `${head}blocks:\n${block('section', '小节', 'Heading')}${block('p-1', '一。', 'One.')}${block('p-2', '二。', 'Two.')}footnotes: {}\n`,
    );
    const found = problems(() => loadTranslation('x', target, dir));
    expect(found.some((p) => /out of order/.test(p))).toBe(false);
    expect(found.some((p) => /block "p-2": footnote references \[\] do not match the Chinese \[1\]/.test(p))).toBe(
      true,
    );
    expect(found.some((p) => /footnote 1 is not translated/.test(p))).toBe(true);
  });

  test('a missing file', () => {
    expect(problems(() => loadTranslation('missing', target, write(head)))[0]).toMatch(
      /missing\.en\.yaml:1:1: missing English translation/,
    );
  });

  test('the real files parse', () => {
    expect(readFileSync('content/translations/ai-race-002.en.yaml', 'utf8')).toContain('[^1]');
  });
});

describe('English markdown is held to the same rules as the Chinese (bad-translations fixtures)', () => {
  const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'bad-translations');
  const cases = [
    { name: 'data-url', line: 9, problem: /unsafe URL scheme "data:" in link/ },
    { name: 'vbscript-url', line: 12, problem: /unsafe URL scheme "vbscript:" in link/ },
    { name: 'javascript-url', line: 15, problem: /unsafe URL scheme "javascript:" in link/ },
    { name: 'raw-html', line: 10, problem: /raw HTML is not allowed in content: "<img src=x onerror=alert\(1\)>"/ },
  ];
  test.each(cases)('$name fails with file:line', ({ name, line, problem }) => {
    const found = problems(() => loadTranslation('x', target, path.join(fixtures, name)));
    const file = path.relative(process.cwd(), path.join(fixtures, name, 'translations', 'x.en.yaml'));
    expect(
      found.some((p) => p.startsWith(`${file}:${line}:`) && problem.test(p)),
      found.join('\n'),
    ).toBe(true);
  });

  test('every fixture folder has a case', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(fixtures).sort()).toEqual(cases.map((c) => c.name).sort());
  });
});

test('the English page prints each line of the Stafford poem once', () => {
  const en = getArticles('en').find((a) => a.slug === 'ai-resignation-letters')!;
  const text = toString(en.body);
  // As published: broken after “hurt” (the essay runs the two lines together; translator's note).
  for (const line of [
    'Tragedies happen; people get hurt',
    'or die; and you suffer and get old.',
    'Nothing you do can stop time’s unfolding.',
  ])
    expect(text.split(line).length - 1, line).toBe(1);
});
