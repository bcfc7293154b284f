import path from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { rehypeThemeLinks } from '@/lib/markdown/rehype-theme-links';
import { excerpt } from '@/lib/themes/excerpt';
import { aliasShareProblems, themeUsageProblems } from '@/lib/corpus/checks';
import { findAliases, withoutExcluded } from '@/lib/themes/match';
import { loadThemeRegistry } from '@/lib/themes/registry';
import { getVariant } from '@/lib/site/variants';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'themes');
const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
};

describe('findAliases', () => {
  const entries = [
    { themeId: 'involution', alias: '内卷' },
    { themeId: 'anti', alias: '反内卷' },
    { themeId: 'ubi', alias: 'UBI' },
    { themeId: 'ubi', alias: '全民基本收入' },
    { themeId: 'roll', alias: '卷' },
  ];
  const found = (text: string) => findAliases(text, entries).map((m) => `${m.alias}@${m.start}`);

  test('longest alias wins', () => expect(found('推动反内卷行动')).toEqual(['反内卷@2']));
  test('a character inside a longer word is no occurrence', () => {
    expect(found('AI浪潮席卷全球')).toEqual([]);
    expect(found('职场人愈发内卷')).toEqual(['内卷@5']);
  });
  test('Latin aliases need non-letter neighbours, any case', () => {
    expect(found('推行全民基本收入（UBI）')).toEqual(['全民基本收入@2', 'UBI@9']);
    expect(found('ubiquitous computing')).toEqual([]);
    expect(found('ubi 试点')).toEqual(['UBI@0']);
  });
});

describe('theme registry', () => {
  test('aliases are written once in either script and matched against canonical Simplified', () => {
    const registry = loadThemeRegistry(path.join(fixtures, 'ok'));
    const involution = registry.themes.find((t) => t.id === 'involution')!;
    expect(involution.aliases).toEqual(['內卷', '反内卷']);
    expect(involution.canonicalAliases).toEqual(['内卷', '反内卷']);
    // The Traditional alias finds the Simplified (canonical) text of a Traditional-source essay, too.
    expect(findAliases('人类在“内卷”', registry.aliases).map((m) => m.themeId)).toEqual(['involution']);
  });

  test('duplicate ids and aliases claimed twice fail with file and line', () => {
    const found = problems(() => loadThemeRegistry(path.join(fixtures, 'duplicate-alias')));
    const file = path.relative(process.cwd(), path.join(fixtures, 'duplicate-alias', 'themes.yaml'));
    expect(found).toEqual([
      `${file}:10:7: duplicate theme id "involution" (first on line 1) [themes]`,
      `${file}:15:7: alias "內卷" of "involution" is also an alias of "involution" [themes]`,
    ]);
  });

  test('schema problems name the line', () => {
    const found = problems(() => loadThemeRegistry(path.join(fixtures, 'bad-yaml')));
    expect(found.join('\n')).toMatch(/themes\.yaml:3:5: theme "0\.name\.en": required field is missing/);
    expect(found.join('\n')).toMatch(/themes\.yaml:5:7: theme "0\.aliases\.0": an alias needs at least two characters/);
  });

  test('a theme in fewer than two essays and an alias that matches nothing are build errors', () => {
    const registry = loadThemeRegistry(path.join(fixtures, 'ok'));
    const mention = (themeId: string, text: string) => ({
      themeId,
      paragraphId: 'p-1',
      text,
      start: 0,
      end: text.length,
    });
    const articles = [
      { slug: 'a', mentions: [mention('involution', '内卷'), mention('ubi', 'UBI')] },
      { slug: 'b', mentions: [mention('involution', '反内卷'), mention('ubi', '全民基本收入')] },
    ];
    const found = themeUsageProblems(registry, articles);
    expect(found.map((p) => p.replace(/^.*themes\.yaml:/, ''))).toEqual([
      '21:7: theme "lonely" occurs in no essay: check its aliases, or remove it [themes]',
      '26:7: alias "孤独主题" of theme "lonely" matches nothing in the essays [themes]',
      '27:7: alias "不存在的词" of theme "lonely" matches nothing in the essays [themes]',
    ]);
  });
});

test('an alias may match in at most 15% of all body paragraphs, Chinese or English', () => {
  const registry = loadThemeRegistry(path.join(fixtures, 'ok'));
  const essays = (n: number) => [
    { chinese: Array.from({ length: 100 }, (_, i) => (i < n ? '职场人愈发内卷。' : '正文。')), english: ['Text.'] },
  ];
  expect(aliasShareProblems(registry, essays(15))).toEqual([]);
  expect(aliasShareProblems(registry, essays(16)).map((p) => p.replace(/^.*themes\.yaml:/, ''))).toEqual([
    '6:7: alias "內卷" of theme "involution" matches in 16 of 100 body paragraphs (16%); an alias may match in at most 15% of them: use a more specific term [themes]',
  ]);
});

describe('rehype-theme-links', () => {
  const aliases = [
    { themeId: 'involution', alias: '内卷' },
    { themeId: 'ubi', alias: '全民基本收入' },
  ];
  const p = (id: string, ...children: Element['children']): Element => ({
    type: 'element',
    tagName: 'p',
    properties: { id },
    children,
  });
  const text = (value: string) => ({ type: 'text' as const, value });
  const el = (tagName: string, properties: Element['properties'], ...children: Element['children']): Element => ({
    type: 'element',
    tagName,
    properties,
    children,
  });

  function run(tree: Root) {
    const file = new VFile();
    const transform = rehypeThemeLinks.call(undefined as never, { aliases, href: (id) => `/zh-hans/themes/${id}/` });
    (transform as (tree: Root, file: VFile) => void)(tree, file);
    return { html: toHtml(tree), mentions: file.data.themeMentions ?? [] };
  }

  test('links the first mention per section; never in headings or links; counts every mention', () => {
    const tree: Root = {
      type: 'root',
      children: [
        p('p-1', text('内卷之后还是内卷。')),
        el('h2', { id: 'x' }, text('内卷的由来')),
        p('p-2', el('a', { href: 'https://example.com' }, text('内卷')), text('，然后内卷。')),
        p('p-3', text('再说内卷与全民基本收入。')),
        el('section', { dataFootnotes: true }, p('p-99', text('注释里的内卷'))),
      ],
    };
    const { html, mentions } = run(tree);
    expect(html).toBe(
      '<p id="p-1"><a href="/zh-hans/themes/involution/" class="theme-link" data-topic="involution">内卷</a>之后还是内卷。</p>' +
        '<h2 id="x">内卷的由来</h2>' +
        '<p id="p-2"><a href="https://example.com">内卷</a>，然后<a href="/zh-hans/themes/involution/" class="theme-link" data-topic="involution">内卷</a>。</p>' +
        '<p id="p-3">再说内卷与<a href="/zh-hans/themes/ubi/" class="theme-link" data-topic="ubi">全民基本收入</a>。</p>' +
        '<section data-footnotes><p id="p-99">注释里的内卷</p></section>',
    );
    expect(mentions.map((m) => `${m.themeId}:${m.paragraphId}`)).toEqual([
      'involution:p-1',
      'involution:p-1',
      'involution:p-2',
      'involution:p-2',
      'involution:p-3',
      'ubi:p-3',
    ]);
  });
});

describe('excerpt', () => {
  test('marks the mentions in a window, in the variant script', () => {
    const text = `${'前'.repeat(50)}职场人愈发内卷，内卷之后${'后'.repeat(100)}`;
    const pieces = excerpt(
      text,
      [
        { start: 55, end: 57 },
        { start: 58, end: 60 },
      ],
      getVariant('zh-hant'),
    );
    expect(pieces[0]).toEqual({ text: '……', mark: false });
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['內卷', '內卷']);
    expect(pieces.at(-1)).toEqual({ text: '……', mark: false });
    expect(pieces.map((p) => p.text).join('')).toContain('職場人愈發內卷，內卷之後');
  });
});

describe('excluded phrases', () => {
  const aliases = [
    { themeId: 'ai-bubble', alias: 'bubbles' },
    { themeId: 'ai-bubble', alias: '泡沫' },
  ];
  const exclude = [
    { themeId: 'ai-bubble', alias: 'filter bubble' },
    { themeId: 'ai-bubble', alias: '南海泡沫' },
  ];
  const kept = (text: string) => withoutExcluded(text, findAliases(text, aliases), exclude).map((m) => m.alias);

  test('an alias inside an excluded phrase is no mention; English phrases match as words (plurals too)', () => {
    expect(kept('Filter bubbles keep us apart; bubbles burst.')).toEqual(['bubbles']);
    expect(kept('南海泡沫之后，又一个泡沫。')).toEqual(['泡沫']);
    expect(kept('AI bubbles')).toEqual(['bubbles']);
  });
});
