import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { loadArticleSources } from '@/lib/content/load';
import { loadCorpus } from '@/lib/corpus';

/** tsx itself, not through npx (which costs a second a run to find it). */
const tsx = path.resolve('node_modules/.bin/tsx');

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'bad-content');
const generated = mkdtempSync(path.join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

interface Case {
  /** The fixture folder (`tests/fixtures/bad-content/<name>/`), or the generated folder's name. */
  name: string;
  /** The file the problem is reported in, under the content folder. */
  file: string;
  line: number;
  column?: number;
  problem: RegExp;
  /** Load the whole corpus (themes, translations, dictionaries …), not only the essays. */
  corpus?: true;
  /** Content written at run time instead of a committed fixture (too big to commit): path → text. */
  generate?: () => Record<string, string>;
  /** Write the generated files over a copy of content/. */
  overContent?: true;
}

/** A valid essay around a body, which starts on line 15 (for generated cases). */
const essay = (body: string) => ({
  'articles/bad.md': [
    ...['---', 'slug: bad', 'title: 标题', 'author: 作者', 'outlet: 来源', 'script: zh-Hans', 'summary: 摘要。'],
    ...['editorialChanges: []', 'short: 短', 'cover: jade', 'editorSummary: 编者未作改动。'],
    ...['editorSummaryEn: The editors made no changes.', '---', '', body, ''],
  ].join('\n'),
});
const nestedEmphasis = (n: number) => `${'*a '.repeat(n)}x${' b*'.repeat(n)}`;
/** content/themes.yaml with a theme added at its top (its aliases on lines 6 and 8). */
const withTheme = (alias: string, aliasEn: string) => ({
  'themes.yaml': [
    ...['- id: work', '  name:', '    zh: 工作', '    en: Work', '  aliases:', `    - ${alias}`, '  aliasesEn:'],
    ...[`    - ${aliasEn}`, '  description:', '    zh: 工作。', '    en: Work.'],
    readFileSync(path.join(process.cwd(), 'content', 'themes.yaml'), 'utf8'),
  ].join('\n'),
});

/** Each broken source and the `file:line` + problem the build must report. */
const cases: Case[] = [
  { name: 'invalid-yaml', file: 'articles/bad.md', line: 8, problem: /invalid YAML.*Missing closing/ },
  { name: 'missing-frontmatter', file: 'articles/bad.md', line: 1, problem: /missing frontmatter/ },
  { name: 'missing-field', file: 'articles/bad.md', line: 2, problem: /"author": required field is missing/ },
  { name: 'wrong-type', file: 'articles/bad.md', line: 8, problem: /"editorialChanges".*expected array/i },
  { name: 'invalid-date', file: 'articles/bad.md', line: 6, problem: /"date".*YYYY-MM-DD/ },
  { name: 'unknown-script', file: 'articles/bad.md', line: 6, problem: /"script"/ },
  {
    name: 'duplicate-slug',
    file: 'articles/beta.md',
    line: 3,
    problem: /duplicate slug "alpha" \(also used by .*alpha\.md\)/,
  },
  {
    name: 'dangling-footnote',
    file: 'articles/bad.md',
    line: 17,
    problem: /footnote reference \[\^2\] has no definition/,
  },
  {
    name: 'unused-footnote',
    file: 'articles/bad.md',
    line: 17,
    problem: /footnote \[\^note\] is defined but never referenced/,
  },
  { name: 'raw-html', file: 'articles/bad.md', line: 17, problem: /raw HTML is not allowed.*<script>/ },
  { name: 'inline-html', file: 'articles/bad.md', line: 15, problem: /raw HTML is not allowed.*<img/ },
  { name: 'empty-body', file: 'articles/bad.md', line: 14, problem: /no body text/ },
  {
    name: 'slug-mismatch',
    file: 'articles/bad.md',
    line: 2,
    problem: /slug "other" does not match the file name "bad\.md"/,
  },
  { name: 'stray-backref', file: 'articles/bad.md', line: 17, problem: /stray back-reference mark/ },
  { name: 'unknown-field', file: 'articles/bad.md', line: 8, problem: /frontmatter "layout": unknown field/ },
  { name: 'unsafe-url', file: 'articles/bad.md', line: 15, problem: /unsafe URL scheme "javascript:"/ },
  {
    name: 'duplicate-term',
    file: 'articles/bad.md',
    line: 17,
    problem: /glossary term “量子隧道” \(Quantum Tunneling\) is defined twice \(first on line 15\)/,
  },
  {
    name: 'yaml-comment',
    file: 'articles/bad.md',
    line: 10,
    problem: /text after " #" is a YAML comment and would be dropped.*quote the value/,
  },
  {
    name: 'note-markdown',
    file: 'articles/bad.md',
    line: 13,
    problem: /"editorialChanges.0.note": write for readers: no markdown/,
  },
  {
    name: 'english-note-chinese',
    file: 'articles/bad.md',
    line: 14,
    problem: /"editorialChanges.0.en": must be English/,
  },
  { name: 'outlet-repeats-author', file: 'articles/bad.md', line: 6, problem: /"outlet": outlet repeats the author/ },
  { name: 'corrected-without-to', file: 'articles/bad.md', line: 9, problem: /needs both "from" and "to"/ },
  {
    name: 'title-heading',
    file: 'articles/bad.md',
    line: 17,
    column: 1,
    problem: /level-1 heading.*the title is the only level-1 heading; use ## for a section/,
  },
  // Every content file is read as strict UTF-8, text only, within a size limit (lib/content/read-source.ts).
  {
    name: 'invalid-utf8',
    file: 'articles/bad.md',
    line: 17,
    column: 4,
    problem: /invalid UTF-8 \(byte 0xFF.*save the file as UTF-8/,
  },
  { name: 'nul-byte', file: 'articles/bad.md', line: 17, column: 4, problem: /NUL character/ },
  { name: 'replacement-char', file: 'articles/bad.md', line: 17, column: 4, problem: /replacement character U\+FFFD/ },
  {
    name: 'bom',
    file: 'articles/bad.md',
    line: 1,
    column: 1,
    problem: /byte order mark.*save it as UTF-8 without BOM/,
  },
  { name: 'crlf', file: 'articles/bad.md', line: 1, column: 4, problem: /CRLF.*save the file with LF line endings/ },
  { name: 'empty-file', file: 'articles/bad.md', line: 1, column: 1, problem: /the file is empty/ },
  // YAML (frontmatter, translations, themes): no aliases (billion laughs), the library's warnings and its
  // depth guard as problems at their line.
  {
    name: 'yaml-alias-bomb',
    file: 'articles/bad.md',
    line: 14,
    column: 11,
    problem: /YAML alias in frontmatter: aliases \(\*name\) are not allowed/,
  },
  {
    name: 'yaml-alias-bomb-translation',
    file: 'translations/bad.en.yaml',
    line: 9,
    column: 11,
    problem: /YAML alias in translation/,
    corpus: true,
  },
  {
    name: 'yaml-alias-bomb-themes',
    file: 'themes.yaml',
    line: 6,
    column: 7,
    problem: /YAML alias in theme/,
    corpus: true,
  },
  { name: 'yaml-unknown-tag', file: 'articles/bad.md', line: 3, problem: /YAML warning in frontmatter: .*tag/i },
  {
    name: 'yaml-deep-nesting',
    file: 'articles/bad.md',
    line: 2,
    problem: /invalid YAML in frontmatter: nested too deeply to read/,
    generate: () => ({ 'articles/bad.md': `---\ntitle: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n---\n\n正文。\n` }),
  },
  // Nesting: quotes and lists by a line scan before parsing, any nesting in the parsed tree (lib/markdown/
  // remark-nesting-limit.ts); before, 3,000 quotes or 1,000 list markers overflowed the stack.
  {
    name: 'deep-quote',
    file: 'articles/bad.md',
    line: 15,
    column: 33,
    problem: /quotes and lists nested more than 16 deep/,
    generate: () => essay(`${'> '.repeat(3000)}正文。`),
  },
  {
    name: 'deep-list-one-line',
    file: 'articles/bad.md',
    line: 15,
    column: 33,
    problem: /quotes and lists nested more than 16 deep/,
    generate: () => essay(`${'- '.repeat(1000)}正文。`),
  },
  {
    name: 'deep-list-indented',
    file: 'articles/bad.md',
    line: 31,
    column: 33,
    problem: /quotes and lists nested more than 16 deep/,
    generate: () => essay(Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n')),
  },
  {
    // 1,000 levels indented under each other take a megabyte: refused for its size before anything else.
    name: 'deep-list-indented-1000',
    file: 'articles/bad.md',
    line: 1,
    column: 1,
    problem: /a markdown source may be at most 262,144 bytes/,
    generate: () => essay(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n')),
  },
  {
    name: 'deep-emphasis',
    file: 'articles/bad.md',
    line: 15,
    problem: /markdown nested more than 64 levels deep/,
    generate: () => essay(nestedEmphasis(100)),
  },
  {
    name: 'deep-emphasis-translation',
    file: 'translations/bad.en.yaml',
    line: 8,
    problem: /markdown nested more than 64 levels deep/,
    corpus: true,
    generate: () => ({
      ...essay('正文。'),
      'translations/bad.en.yaml': `title: T\nshort: S\nauthor: A\noutlet: O\nsummary: S.\nblocks:\n  p-1:\n    en: '${nestedEmphasis(100)}'\n`,
    }),
  },
  {
    // 1,000 nested emphases took a second to parse (2,000: 3 s, growing with the square): refused unparsed.
    name: 'dense-markup',
    file: 'articles/bad.md',
    line: 15,
    column: 769,
    problem: /more than 256 emphasis or link marks/,
    generate: () => essay(nestedEmphasis(1000)),
  },
  {
    name: 'deep-image-links',
    file: 'articles/bad.md',
    line: 15,
    problem: /more than 256 emphasis or link marks/,
    generate: () => essay(`${'!['.repeat(3000)}x${'](https://example.org)'.repeat(3000)}`),
  },
  // A theme alias as common as 工作 or "the" would link nearly every paragraph: at most 15% of them.
  {
    name: 'common-alias',
    file: 'themes.yaml',
    line: 6,
    column: 7,
    problem:
      /alias "工作" of theme "work" matches in \d+ of \d+ body paragraphs \(\d+%\); an alias may match in at most 15%/,
    corpus: true,
    overContent: true,
    generate: () => withTheme('工作', 'working hours'),
  },
  {
    name: 'common-english-alias',
    file: 'themes.yaml',
    line: 8,
    column: 7,
    problem: /alias "the" of theme "work" matches in \d+ of \d+ body paragraphs/,
    corpus: true,
    overContent: true,
    generate: () => withTheme('工作制度', 'the'),
  },
  {
    name: 'ledger-bom',
    file: 'ids/bad.yaml',
    line: 1,
    column: 1,
    problem: /byte order mark/,
    corpus: true,
  },
  // The corpus reads the phrase dictionaries of its own folder (CONTENT_DIR), through the same reader.
  {
    name: 'dictionary-invalid-utf8',
    file: 'dictionary/s2tw.tsv',
    line: 2,
    column: 2,
    problem: /invalid UTF-8 \(byte 0xFF/,
    corpus: true,
  },
  // Invisible characters (issue 30): zero-width characters and bidi controls, in fields and in body text.
  {
    name: 'bidi-title',
    file: 'articles/bad.md',
    line: 3,
    column: 10,
    problem:
      /bidi control U\+202E \(RIGHT-TO-LEFT OVERRIDE\) in the frontmatter: .*display in another order.*remove it/,
  },
  {
    name: 'zero-width-summary',
    file: 'articles/bad.md',
    line: 7,
    column: 11,
    problem: /zero-width character U\+200B \(ZERO WIDTH SPACE\) in the frontmatter: .*remove it/,
  },
  {
    name: 'zero-width-body',
    file: 'articles/bad.md',
    line: 15,
    column: 8,
    problem: /zero-width character U\+200B \(ZERO WIDTH SPACE\) in body text: invisible, it splits words for search/,
  },
  {
    name: 'invisible-translation',
    file: 'translations/bad.en.yaml',
    line: 2,
    column: 9,
    problem: /bidi control U\+2066 \(LEFT-TO-RIGHT ISOLATE\) in a YAML value/,
    corpus: true,
    generate: () => ({
      ...essay('正文。'),
      'translations/bad.en.yaml': 'title: T\nshort: S\u2066x\nauthor: A\noutlet: O\nsummary: S.\nblocks: {}\n',
    }),
  },
  // Images from other hosts: the pages' CSP (img-src 'self') would block them.
  {
    name: 'remote-image',
    file: 'articles/bad.md',
    line: 17,
    column: 1,
    problem: /image not on the site \(https:\/\/example\.org\/a\.png\).*img-src 'self'/,
  },
  {
    // A 160 KB essay of 40,000 list items passed, and `npm run ids` wrote a 1.2 MB ledger that the next check
    // refused, naming the ledger. The essay is named now, and no ledger is written (12,000 items are enough
    // to show it, and quicker).
    name: 'ledger-too-big',
    file: 'articles/bad.md',
    line: 1,
    column: 1,
    problem: /the essay has 12,00\d blocks; its id ledger would be [\d,]+ bytes, over the 262,144-byte limit/,
    corpus: true,
    generate: () => essay(Array.from({ length: 12_000 }, (_, i) => `- ${i % 10}`).join('\n')),
  },
  {
    name: 'huge-paragraph',
    file: 'articles/bad.md',
    line: 1,
    column: 1,
    problem: /the file is 10,485,7\d\d bytes; a markdown source may be at most 262,144 bytes/,
    generate: () => ({ 'articles/bad.md': `---\nslug: bad\n---\n\n${'字'.repeat(3_495_253)}\n` }),
  },
];

/** The content folder of a case: its fixture, or its generated files written to a temp folder. */
function folderOf({ name, generate, overContent }: Case): string {
  if (!generate) return path.join(fixtures, name);
  const dir = path.join(generated, name);
  if (overContent) cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true });
  for (const [file, text] of Object.entries(generate())) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function problemsOf(c: Case, dir: string): readonly string[] {
  try {
    if (c.corpus) loadCorpus(dir);
    else loadArticleSources(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error(`fixture ${c.name} loaded without problems`);
}

// A whole-corpus case checks every essay of content/: ~2 s, 9 s on a busy machine.
describe('broken content fails with file, line and problem', { timeout: 60_000 }, () => {
  test.each(cases)('$name', (c) => {
    const dir = folderOf(c);
    const problems = problemsOf(c, dir);
    const prefix = `${path.relative(process.cwd(), path.join(dir, c.file))}:${c.line}:${c.column ?? ''}`;
    const hit = problems.find((p) => p.startsWith(prefix) && c.problem.test(p));
    expect(hit, `expected "${prefix} …${c.problem.source}" in:\n${problems.join('\n')}`).toBeDefined();
  });

  test('every fixture folder has a case', () => {
    const committed = cases.filter((c) => !c.generate).map((c) => c.name);
    expect(readdirSync(fixtures).sort()).toEqual(committed.sort());
  });
});

test('the build step that checks content exits 1 and prints file, line and problem', async () => {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(tsx, ['scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: path.join(fixtures, 'dangling-footnote') },
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(
    `${path.relative(process.cwd(), path.join(fixtures, 'dangling-footnote', 'articles', 'bad.md'))}:17:`,
  );
  expect(result.stderr).toContain('footnote reference [^2] has no definition');
});

test('hostile content ends in file:line problems and exit 1 from the build step, never a stack trace', async () => {
  const { spawnSync } = await import('node:child_process');
  const dir = path.join(generated, 'hostile-build-step');
  const files = {
    ...essay(`${'> '.repeat(3000)}正文。`),
    'themes.yaml': readFileSync(path.join(fixtures, 'yaml-alias-bomb-themes', 'themes.yaml'), 'utf8'),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  cpSync(path.join(fixtures, 'dictionary-invalid-utf8', 'dictionary'), path.join(dir, 'dictionary'), {
    recursive: true,
  });
  const result = spawnSync(tsx, ['scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  const at = (file: string) => path.relative(process.cwd(), path.join(dir, file));
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${at('articles/bad.md')}:15:33: quotes and lists nested more than 16 deep`);
  expect(result.stderr).toContain(`${at('themes.yaml')}:6:7: YAML alias in theme`);
  expect(result.stderr).toContain(`${at('dictionary/s2tw.tsv')}:2:2: invalid UTF-8`);
  expect(result.stderr).not.toMatch(/^\s+at /m);
});
