import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildId } from '@/scripts/build/build-id';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'build-id-'));
  write('app/page.tsx', 'export default function Page() {}');
  write('content/articles/a.md', '# A');
  write('package-lock.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('the same sources give the same id, with no "ad" in it (Next avoids those)', () => {
  const id = buildId(root);
  expect(id).toMatch(/^[0-9a-f]{20}$/);
  expect(id).not.toMatch(/ad/i);
  expect(buildId(root)).toBe(id);
});

test('a changed, added or renamed source changes it; files the site is not built from do not', () => {
  const id = buildId(root);
  write('docs/notes.md', 'not an input');
  write('test-results/x.txt', 'not an input');
  expect(buildId(root)).toBe(id);
  write('content/articles/a.md', '# A, edited');
  const edited = buildId(root);
  expect(edited).not.toBe(id);
  write('lib/new.ts', 'export {}');
  expect(buildId(root)).not.toBe(edited);
  rmSync(path.join(root, 'lib'), { recursive: true });
  rmSync(path.join(root, 'content/articles/a.md'));
  write('content/articles/b.md', '# A, edited');
  expect(buildId(root)).not.toBe(edited);
});
