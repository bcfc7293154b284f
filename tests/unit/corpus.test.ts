/**
 * One corpus, one check: every source is read and checked in one pass, and a problem in one file does not
 * hide the problems of the others.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { loadCorpus } from '@/lib/corpus';

const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edit(file: string, change: (text: string) => string) {
  const at = path.join(dir, file);
  writeFileSync(at, change(readFileSync(at, 'utf8')));
}

test('problems in an essay, a translation, the themes and the 导读 are all reported at once, with file:line', () => {
  cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true });
  edit('articles/ai-race-002.md', (t) => t.replace('\n\n', '\n\n<div>raw</div>\n\n'));
  edit('translations/accelerated-computing-era.en.yaml', (t) => t.replace("  'p-3':\n", "  'p-x':\n"));
  edit('themes.yaml', (t) => t.replace('    - 零和竞争', '    - 零和竞争\n    - 反内卷'));
  edit('pages/guide.md', (t) => t.replace('title: 导读', 'title: 导读\nsubtitle: 不认识的字段'));
  let problems: readonly string[] = [];
  try {
    loadCorpus(dir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems = error.problems;
  }
  const rel = path.relative(process.cwd(), dir);
  expect(problems.some((p) => p.startsWith(`${rel}/articles/ai-race-002.md:`) && /HTML/i.test(p))).toBe(true);
  expect(
    problems.some((p) => p.startsWith(`${rel}/translations/accelerated-computing-era.en.yaml:`) && p.includes('p-x')),
  ).toBe(true);
  expect(problems.some((p) => p.startsWith(`${rel}/themes.yaml:`) && p.includes('反内卷'))).toBe(true);
  expect(problems.some((p) => p.startsWith(`${rel}/pages/guide.md:`) && p.includes('subtitle'))).toBe(true);
  expect(problems.every((p) => /^\S+:\d+:\d+: /.test(p))).toBe(true);
});

test('a missing theme registry, essays or dictionary folder is a content problem, not ENOENT', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'corpus-empty-'));
  try {
    expect(() => loadCorpus(empty)).toThrow(ContentError);
    try {
      loadCorpus(empty);
    } catch (error) {
      const problems = (error as ContentError).problems.join('\n');
      expect(problems).toContain('missing theme registry');
      expect(problems).toContain('missing folder of essays');
      expect(problems).toContain('missing folder of phrase dictionaries');
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
