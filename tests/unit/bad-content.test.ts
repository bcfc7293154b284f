import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { loadArticleSources } from '@/lib/content/load';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'bad-content');
const rel = (c: string, file: string) => path.relative(process.cwd(), path.join(fixtures, c, 'articles', file));

/** Each broken source and the `file:line` + problem the build must report. */
const cases: { name: string; file: string; line: number; problem: RegExp }[] = [
  { name: 'invalid-yaml', file: 'bad.md', line: 8, problem: /invalid YAML.*Missing closing/ },
  { name: 'missing-frontmatter', file: 'bad.md', line: 1, problem: /missing frontmatter/ },
  { name: 'missing-field', file: 'bad.md', line: 2, problem: /"author": required field is missing/ },
  { name: 'wrong-type', file: 'bad.md', line: 8, problem: /"editorialChanges".*expected array/i },
  { name: 'invalid-date', file: 'bad.md', line: 6, problem: /"date".*YYYY-MM-DD/ },
  { name: 'unknown-script', file: 'bad.md', line: 6, problem: /"script"/ },
  { name: 'duplicate-slug', file: 'beta.md', line: 3, problem: /duplicate slug "alpha" \(also used by .*alpha\.md\)/ },
  { name: 'dangling-footnote', file: 'bad.md', line: 17, problem: /footnote reference \[\^2\] has no definition/ },
  { name: 'unused-footnote', file: 'bad.md', line: 17, problem: /footnote \[\^note\] is defined but never referenced/ },
  { name: 'raw-html', file: 'bad.md', line: 17, problem: /raw HTML is not allowed.*<script>/ },
  { name: 'inline-html', file: 'bad.md', line: 15, problem: /raw HTML is not allowed.*<img/ },
  { name: 'empty-body', file: 'bad.md', line: 14, problem: /no body text/ },
  { name: 'slug-mismatch', file: 'bad.md', line: 2, problem: /slug "other" does not match the file name "bad\.md"/ },
  { name: 'stray-backref', file: 'bad.md', line: 17, problem: /stray back-reference mark/ },
  { name: 'unknown-field', file: 'bad.md', line: 8, problem: /frontmatter "layout": unknown field/ },
  { name: 'unsafe-url', file: 'bad.md', line: 15, problem: /unsafe URL scheme "javascript:"/ },
  {
    name: 'duplicate-term',
    file: 'bad.md',
    line: 17,
    problem: /glossary term “量子隧道” \(Quantum Tunneling\) is defined twice \(first on line 15\)/,
  },
  {
    name: 'yaml-comment',
    file: 'bad.md',
    line: 10,
    problem: /text after " #" is a YAML comment and would be dropped.*quote the value/,
  },
  {
    name: 'note-markdown',
    file: 'bad.md',
    line: 13,
    problem: /"editorialChanges.0.note": write for readers: no markdown/,
  },
  { name: 'english-note-chinese', file: 'bad.md', line: 14, problem: /"editorialChanges.0.en": must be English/ },
  { name: 'outlet-repeats-author', file: 'bad.md', line: 6, problem: /"outlet": outlet repeats the author/ },
  { name: 'corrected-without-to', file: 'bad.md', line: 9, problem: /needs both "from" and "to"/ },
];

function problemsOf(name: string): readonly string[] {
  try {
    loadArticleSources(path.join(fixtures, name));
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error(`fixture ${name} loaded without problems`);
}

describe('broken content fails with file, line and problem', () => {
  test.each(cases)('$name', ({ name, file, line, problem }) => {
    const problems = problemsOf(name);
    const prefix = `${rel(name, file)}:${line}:`;
    const hit = problems.find((p) => p.startsWith(prefix) && problem.test(p));
    expect(hit, `expected "${prefix} …${problem.source}" in:\n${problems.join('\n')}`).toBeDefined();
  });

  test('every fixture folder has a case', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(fixtures).sort()).toEqual(cases.map((c) => c.name).sort());
  });
});

test('the build step that checks content exits 1 and prints file, line and problem', async () => {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync('npx', ['tsx', 'scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: path.join(fixtures, 'dangling-footnote') },
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${rel('dangling-footnote', 'bad.md')}:17:`);
  expect(result.stderr).toContain('footnote reference [^2] has no definition');
});
