/**
 * Issue 27: statements the site made that were not true, a 导读 unfair to three essays, jargon shown to
 * readers and quotations presented as spoken. Each string an editor named is checked here over everything
 * a reader sees (the site's own pages, every essay's metadata and editor's note, the English translation
 * and the interface, in every edition), so none can come back unnoticed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import { getAbout, getArticles, getGuide } from '@/lib/model';
import type { VariantId } from '@/lib/site/variants';

/** Every string a reader of a variant can read outside the essays' bodies, and the bodies themselves. */
function readerText(variant: VariantId): string {
  const messages = getMessages(variant);
  const catalogue = Object.values(messages)
    .map((value) =>
      typeof value === 'function'
        ? [
            (value as (...a: unknown[]) => unknown)(3, 2, []),
            // A script name, for the one template that takes it (a count's template refuses one).
            ((f: (...a: unknown[]) => unknown) => {
              try {
                return f('zh-Hant-TW', 2, []);
              } catch {
                return '';
              }
            })(value as (...a: unknown[]) => unknown),
          ].join(' ')
        : JSON.stringify(value),
    )
    .join('\n');
  const articles = getArticles(variant).flatMap((a) => [
    a.title,
    a.summary,
    a.editorSummary,
    a.sourceNote ?? '',
    ...a.editorialChanges.map((c) => c.note),
    toString(a.body),
  ]);
  return [
    catalogue,
    toString(getGuide(variant).body),
    getAbout(variant).title,
    toString(getAbout(variant).body),
    ...articles,
  ].join('\n');
}

const chineseGone = [
  // Statements that were not true.
  '原以繁体中文发表',
  '更正会列入该文的编者注。',
  '文中自创',
  '删去了平台横幅、转载说明',
  '三处英文人名',
  '三个写法不对的英文名称',
  '并回',
  '处改动',
  // The 导读's unfair lines.
  '从最前线写起',
  '站在资本的一侧',
  '“好泡沫”',
  '信里写到能力的飞跃',
  '出自不同的作者和平台',
  // Translated Chinese, and the site's jargon.
  '记下的是另一种退出',
  '分歧也在这里',
  '收入该如何安放',
  '作者的用词仍是作者的',
  '它不是官方译本',
  '恰好对应一个英文段落',
  '并拿它与前四篇对照',
  '补回原文丢失格式',
  '项目词典',
  '开源的中文转换库',
  '每一条都有测试',
  '网站构建时会检查',
  '提升一级',
  '页面资料',
  '引用块',
  '关于本读本',
];

describe('the Simplified edition no longer says what was not true', () => {
  const text = readerText('zh-hans');
  test.each(chineseGone)('%s', (phrase) => expect(text).not.toContain(phrase));
  test('the editor’s notes count items (项), and the source-script note is not shown for a Simplified source', () => {
    expect(getMessages('zh-hans').editorNoteOf(3)).toBe('编者注：3 项改动');
    expect(getMessages('zh-hans').sourceScriptNote('zh-Hans')).toBe('');
  });
  test('Simplified pages write 半角/全角, never 半形/全形', () => {
    expect(text).not.toMatch(/半形|全形/);
  });
});

describe('the English edition', () => {
  const translations = readFileSync(path.join(process.cwd(), 'content/translations/ai-race-002.en.yaml'), 'utf8');
  const text = [readerText('en'), translations].join('\n');
  test.each([
    'self-media platform',
    'primitive accumulation',
    'successfully founded',
    'work week',
    'brought to Simplified',
    'slips with one certain correct form',
    'The year is the source’s',
  ])('no longer says “%s”', (phrase) => expect(text).not.toContain(phrase));
  test('the empty search state does not read as if the query ended in a period', () => {
    expect(getMessages('en').noResults.replace('{query}', 'xqzzyyk')).not.toContain('xqzzyyk.”');
  });
  test('the quotation rule is written down, and the table lists every quotation', () => {
    const style = readFileSync(path.join(process.cwd(), 'docs/english-style.md'), 'utf8');
    expect(style).toMatch(/Translated back from the Chinese/);
    const table = readFileSync(path.join(process.cwd(), 'docs/quotations.md'), 'utf8');
    for (const slug of [
      'ai-race-002',
      'ai-strike-human-involution',
      'ai-resignation-letters',
      'accelerated-computing-era',
    ])
      expect(table).toContain(slug);
  });
});
