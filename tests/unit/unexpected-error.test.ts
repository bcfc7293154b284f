/**
 * The last line of defence: an exception nobody foresaw while checking one file becomes a problem naming
 * that file, and the other files are still checked.
 */
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { checkFile, ContentError } from '@/lib/content/errors';
import { readArticleSources } from '@/lib/content/load';
import type * as processor from '@/lib/markdown/processor';

vi.mock('@/lib/markdown/processor', async (importOriginal) => {
  const actual = await importOriginal<typeof processor>();
  return {
    ...actual,
    parseSource: (...args: Parameters<typeof actual.parseSource>) => {
      if (args[0].path.endsWith('beta.md')) throw new RangeError('Maximum call stack size exceeded');
      return actual.parseSource(...args);
    },
  };
});

test('an unexpected exception names its file, and the other files are still checked', () => {
  const dir = path.join(import.meta.dirname, '..', 'fixtures', 'bad-content', 'duplicate-slug');
  const { sources, problems } = readArticleSources(dir);
  const beta = path.relative(process.cwd(), path.join(dir, 'articles', 'beta.md'));
  expect(problems).toEqual([
    `${beta}:1:1: could not be checked (RangeError: Maximum call stack size exceeded); this is a bug in the checks, please report it`,
  ]);
  expect(sources.map((s) => s.frontmatter.slug)).toEqual(['alpha']);
});

test('checkFile keeps a content error’s own problems', () => {
  const problems: string[] = [];
  expect(
    checkFile('x.md', problems, () => {
      throw new ContentError(['x.md:3:1: a problem']);
    }),
  ).toBeUndefined();
  expect(problems).toEqual(['x.md:3:1: a problem']);
});
