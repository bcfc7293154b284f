/**
 * An editor's round trip on a copy of the content: fix a typo and remove a paragraph in one essay; the
 * build refuses the stale id ledger, `npm run ids` updates it, the English of the edited paragraph is
 * stale (shown in Chinese with a mark, listed with its diff by `npm run translations`), the removed
 * paragraph's id lands on its successor in every variant, and confirming the translation clears it.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '@/lib/corpus';
import { buildSite } from '@/lib/model';

/** tsx itself, not through npx (which costs a second a run to find it). */
const tsx = path.resolve('node_modules/.bin/tsx');

const dir = mkdtempSync(path.join(tmpdir(), 'editing-'));
const essay = path.join(dir, 'articles', 'ai-race-002.md');
const run = (script: string, ...args: string[]) =>
  spawnSync(tsx, [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
const byId = (tree: Root, id: string) => {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.properties.id === id) found = node;
  });
  return found;
};

beforeAll(() => {
  cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true });
  const text = readFileSync(essay, 'utf8')
    .replace('耦合效应', '偶合效应') // p-4: a typo made (any edit will do)
    .replace(/\n“002”工作模式的蔓延[^\n]*\n/, '\n'); // p-7 removed
  writeFileSync(essay, text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('editing one essay', { timeout: 120_000 }, () => {
  test('the build refuses the ledger until `npm run ids` updates it', () => {
    expect(loadCorpus(dir).outdated).toEqual([
      expect.stringMatching(
        /ids\/ai-race-002\.yaml: out of date with .*ai-race-002\.md \(1 edited, 1 retired\); run `npm run ids`/,
      ),
    ]);
    const check = run('check-content');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('run `npm run ids`');
    const ids = run('ids');
    expect(ids.status).toBe(0);
    expect(ids.stdout).toMatch(/edited\s+p-4\s+similarity 9\d%/);
    expect(ids.stdout).toMatch(/retired\s+p-7 → lands on p-8 \(next surviving block\)/);
    expect(loadCorpus(dir).outdated).toEqual([]);
  });

  test('the English of the edited paragraph is stale: listed with its diff, shown in Chinese with a mark', () => {
    const corpus = loadCorpus(dir);
    const notices = corpus.notices.join('\n');
    expect(notices).toMatch(
      /ai-race-002\.en\.yaml:\d+:\d+: English block "p-4" is stale[^\n]*\n.*\[-耦-\]\{\+偶\+\}合效应/,
    );
    expect(notices).toMatch(/English block "p-7" translates a block removed from the Chinese; delete it/);
    expect([...corpus.articles.find((a) => a.source.frontmatter.slug === 'ai-race-002')!.translation.pending]).toEqual([
      ['p-4', 'stale'],
    ]);
    const listed = run('translations');
    expect(listed.stdout).toMatch(/\[-耦-\]\{\+偶\+\}合效应/);

    const site = buildSite(corpus);
    const en = site.variants.get('en')!.articles.find((a) => a.slug === 'ai-race-002')!;
    const p4 = byId(en.body, 'p-4')!;
    expect(p4.properties.lang).toBe('zh-Hans');
    expect(p4.properties.dataTranslation).toBe('stale');
    expect(toString(p4)).toMatch(/^Translation being updated 硅谷核心AI团队.*偶合效应/);
    expect(toString(byId(en.body, 'p-5')!)).toMatch(/^Aparna Chennapragada/);
    expect(toHtml(p4)).toMatch(
      /^<p id="p-4" data-translation="stale" lang="zh-Hans"><span class="translation-pending" lang="en">Translation being updated<\/span> 硅谷/,
    );
    const zh = site.variants.get('zh-hans')!.articles.find((a) => a.slug === 'ai-race-002')!;
    const beside = byId(zh.translation!.body, 'en-p-4')!;
    expect(toString(beside)).toBe('Translation being updated');

    // The removed paragraph's id lands on the next one, in Chinese, English and 中英对照.
    for (const [tree, prefix] of [
      [zh.body, ''],
      [site.variants.get('zh-hant')!.articles.find((a) => a.slug === 'ai-race-002')!.body, ''],
      [en.body, ''],
      [zh.translation!.body, 'en-'],
    ] as const) {
      const anchor = byId(tree, `${prefix}p-7`)!;
      expect(anchor.tagName).toBe('span');
      const holder = byId(tree, `${prefix}p-8`)!;
      expect(holder.children[0]).toBe(anchor);
    }
  });

  test('confirming the translation records the new Chinese and clears the mark', () => {
    const confirm = run('translations', 'confirm', 'ai-race-002', 'p-4');
    expect(confirm.status).toBe(0);
    const corpus = loadCorpus(dir);
    expect(corpus.articles.find((a) => a.source.frontmatter.slug === 'ai-race-002')!.translation.pending.size).toBe(0);
    expect(readFileSync(path.join(dir, 'translations', 'ai-race-002.en.yaml'), 'utf8')).toContain('偶合效应');
  });
});

describe('a sixth essay', { timeout: 120_000 }, () => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'new-essay-'));
  const runIn = (script: string, ...args: string[]) =>
    spawnSync(tsx, [`scripts/${script}.ts`, ...args], {
      env: { ...process.env, CONTENT_DIR: fresh },
      encoding: 'utf8',
    });
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  test('`npm run new` makes its files; the build lists what is left to fill in, then publishes it untranslated', () => {
    cpSync(path.join(process.cwd(), 'content'), fresh, { recursive: true });
    expect(runIn('new-essay', 'ai-and-leisure').status).toBe(0);
    const article = path.join(fresh, 'articles', 'ai-and-leisure.md');
    const check = runIn('check-content');
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/ai-and-leisure\.md:3:\d+: frontmatter "title": required field is empty/);
    expect(check.stderr).toMatch(/ai-and-leisure\.md:10:\d+: frontmatter "editorSummaryEn": required field is empty/);

    const fill = (file: string, values: Record<string, string>) =>
      writeFileSync(
        file,
        Object.entries(values).reduce(
          (text, [key, value]) => text.replace(new RegExp(`^${key}:$`, 'm'), `${key}: ${value}`),
          readFileSync(file, 'utf8'),
        ),
      );
    fill(article, {
      title: 'AI与闲暇',
      short: '闲暇',
      author: '编辑部',
      summary: '机器替人工作之后，闲暇归谁？',
      editorSummary: '编者未改动原文。',
      editorSummaryEn: 'The editors made no changes to the text.',
    });
    writeFileSync(article, `${readFileSync(article, 'utf8')}## 闲暇归谁\n\n机器替人工作之后，闲暇归谁？\n`);
    fill(path.join(fresh, 'translations', 'ai-and-leisure.en.yaml'), {
      title: 'AI and Leisure',
      short: 'Leisure',
      author: 'The editors',
      summary: 'When machines work for us, whose is the leisure?',
    });
    // The 导读 must link the new essay where it names it, in Chinese and in English.
    expect(runIn('check-content').stderr).toMatch(/guide\.md:1:1: the 导读 never links the essay "ai-and-leisure"/);
    appendFileSync(
      path.join(fresh, 'pages', 'guide.md'),
      '\n最后，[《AI与闲暇》](/articles/ai-and-leisure/)问闲暇归谁。\n',
    );
    appendFileSync(
      path.join(fresh, 'pages', 'guide.en.md'),
      '\nLast, [_AI and Leisure_](/articles/ai-and-leisure/) asks whose the leisure is.\n',
    );
    expect(runIn('check-content').stderr).toContain('missing id ledger');
    expect(runIn('ids').stdout).toContain('ai-and-leisure: new ledger, 2 ids');
    const ok = runIn('check-content');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/Chinese block "p-1" has no English yet/);

    const en = buildSite(loadCorpus(fresh))
      .variants.get('en')!
      .articles.find((a) => a.slug === 'ai-and-leisure')!;
    expect(toString(byId(en.body, 'p-1')!)).toBe('Translation being updated 机器替人工作之后，闲暇归谁？');
    expect(en.headings.map((h) => h.text)).toEqual(['闲暇归谁']);
  });
});
