/**
 * The editing tools on bad input (issue 30, point 4): `npm run new` validates the slug and every file it
 * will write before writing any, and leaves the content folder as it was when anything fails; no tool
 * prints a stack trace for bad input — `npm run new`, `npm run lint:english`'s style check and
 * `npm run translations` read content through lib/content/read-source.ts and say which file and where.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { newEssayUsage, slugProblem } from '@/lib/content/slug';

let dir: string;
const tsx = path.resolve('node_modules/.bin/tsx');
const run = (script: string, ...args: string[]) =>
  spawnSync(tsx, [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
/** Every file of the content folder and a hash of its bytes. */
const snapshot = () =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => [path.relative(dir, file), createHash('sha1').update(readFileSync(file)).digest('hex')]),
  );
const noStack = (output: string) => expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hostile-tools-'));
  cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true });
});
afterEach(() => {
  chmodSync(path.join(dir, 'translations'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run new', { timeout: 60_000 }, () => {
  test('a 250-character slug: refused with the limit, nothing written, no stack trace', () => {
    const before = snapshot();
    const result = run('new-essay', 'a'.repeat(250));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/slug.*250 characters.*at most 80/);
    noStack(result.stderr);
    expect(snapshot()).toEqual(before);
  });

  test('malformed slugs: refused, nothing written', () => {
    // The script refuses what slugProblem refuses, before it reads or writes anything: each form is asked of
    // the function, and the script itself is run on the one that would write outside the folder.
    for (const slug of ['', 'Ai-Work', '../escape', 'a--b', 'a/b', 'ａｉ', '-a'])
      expect(slugProblem(slug), slug).toBe(newEssayUsage);
    expect(slugProblem('ai-and-leisure')).toBeUndefined();
    const before = snapshot();
    const result = run('new-essay', '../escape');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`npm run new: ${newEssayUsage}`);
    noStack(result.stderr);
    expect(snapshot()).toEqual(before);
  });

  test('an essay, translation, ledger or 导读 entry that already exists: refused before writing anything', () => {
    writeFileSync(path.join(dir, 'translations', 'ai-and-leisure.en.yaml'), 'title: x\n');
    writeFileSync(path.join(dir, 'ids', 'ai-and-work.yaml'), 'blocks: []\n');
    const before = snapshot();
    const cases: [string, RegExp][] = [
      ['ai-and-leisure', /translations\/ai-and-leisure\.en\.yaml already exists/],
      ['ai-and-work', /ids\/ai-and-work\.yaml already exists/],
      ['ai-race-002', /articles\/ai-race-002\.md already exists/],
    ];
    for (const [slug, problem] of cases) {
      const result = run('new-essay', slug);
      expect(result.status, slug).toBe(1);
      expect(result.stderr, slug).toMatch(problem);
      noStack(result.stderr);
    }
    expect(snapshot()).toEqual(before);
  });

  test('a 导读 without its reading order, or not valid UTF-8: refused at the file, nothing written', () => {
    const guide = path.join(dir, 'pages', 'guide.md');
    const text = readFileSync(guide, 'utf8');
    writeFileSync(guide, text.replace('readingOrder:', 'order:'));
    let before = snapshot();
    let result = run('new-essay', 'ai-and-leisure');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pages\/guide\.md: no readingOrder list/);
    noStack(result.stderr);
    expect(snapshot()).toEqual(before);
    writeFileSync(guide, Buffer.concat([Buffer.from(text), Buffer.from([0xff])]));
    before = snapshot();
    result = run('new-essay', 'ai-and-leisure');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pages\/guide\.md:\d+:\d+: invalid UTF-8/);
    noStack(result.stderr);
    expect(snapshot()).toEqual(before);
  });

  test('a folder it cannot write to: refused before writing, content unchanged', () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a file in the translations folder's place makes the write fail instead.
      rmSync(path.join(dir, 'translations'), { recursive: true });
      writeFileSync(path.join(dir, 'translations'), 'not a folder');
    } else chmodSync(path.join(dir, 'translations'), 0o555);
    const before = snapshot();
    const result = run('new-essay', 'ai-and-leisure');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/translations/);
    noStack(result.stderr);
    expect(snapshot()).toEqual(before);
    if (process.getuid?.() === 0) {
      rmSync(path.join(dir, 'translations'));
      cpSync(path.join(process.cwd(), 'content', 'translations'), path.join(dir, 'translations'), { recursive: true });
    }
  });

  test('a good slug: the three files', () => {
    const result = run('new-essay', 'ai-and-leisure');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, 'articles', 'ai-and-leisure.md'), 'utf8')).toContain('slug: ai-and-leisure');
    expect(readFileSync(path.join(dir, 'translations', 'ai-and-leisure.en.yaml'), 'utf8')).toContain('blocks: {}');
    expect(readFileSync(path.join(dir, 'pages', 'guide.md'), 'utf8')).toMatch(/\n {2}- ai-and-leisure\n/);
  });
});

describe('no stack traces for bad content', { timeout: 60_000 }, () => {
  test('lint-english: a translation that is not UTF-8 is named with its place', () => {
    const file = path.join(dir, 'translations', 'ai-race-002.en.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('title: A\n'), Buffer.from([0xc3, 0x28]), readFileSync(file)]));
    const result = run('lint-english');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/translations\/ai-race-002\.en\.yaml:2:1: invalid UTF-8/);
    noStack(result.stderr);
  });

  test('lint-english: a translation over the size limit is refused unread', () => {
    const file = path.join(dir, 'translations', 'ai-race-002.en.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${'# padding\n'.repeat(30_000)}`);
    const result = run('lint-english');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ai-race-002\.en\.yaml:1:1: the file is [\d,]+ bytes/);
    noStack(result.stderr);
  });

  test('translations: bad content and bad arguments say what, without a stack trace', () => {
    const file = path.join(dir, 'translations', 'ai-race-002.en.yaml');
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    let result = run('translations');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ai-race-002\.en\.yaml:1:1: the file starts with a byte order mark/);
    noStack(result.stderr);
    rmSync(file);
    cpSync(path.join(process.cwd(), 'content', 'translations', 'ai-race-002.en.yaml'), file);
    result = run('translations', 'confirm', 'ai-race-002', 'p-9999');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/p-9999: no such block/);
    noStack(result.stderr);
  });
});

test('npm run ids: a ledger too big to read back is not written; the essay is named', { timeout: 90_000 }, () => {
  const src = readFileSync(path.join(dir, 'articles', 'ai-race-002.md'), 'utf8');
  const frontmatter = src.slice(0, src.indexOf('\n---\n') + 5).replace('slug: ai-race-002', 'slug: huge');
  const items = Array.from({ length: 12_000 }, (_, i) => `- ${i % 10}`).join('\n');
  writeFileSync(path.join(dir, 'articles', 'huge.md'), `${frontmatter}\n${items}\n`);
  const result = run('ids', 'huge');
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/articles\/huge\.md:1:1: the essay has 12,000 blocks; its id ledger would be/);
  noStack(result.stderr);
  expect(readdirSync(path.join(dir, 'ids'))).not.toContain('huge.yaml');
});
