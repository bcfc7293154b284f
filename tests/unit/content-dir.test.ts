/** `CONTENT_DIR` governs every source, the phrase dictionaries the converters use included. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { fromCanonical } from '@/lib/script/converters';
import { dictionaryDir } from '@/lib/script/dictionary';
import { getVariant } from '@/lib/site/variants';

const saved = process.env.CONTENT_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = saved;
});

test('the converters read the phrase dictionaries of CONTENT_DIR, and content/ again without it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-dir-'));
  try {
    mkdirSync(path.join(dir, 'dictionary'));
    writeFileSync(path.join(dir, 'dictionary', 's2tw.tsv'), '软件\t軟體\n');
    const taiwan = getVariant('zh-hant');
    process.env.CONTENT_DIR = dir;
    expect(dictionaryDir()).toBe(path.join(dir, 'dictionary'));
    expect(fromCanonical(taiwan)('软件')).toBe('軟體');
    delete process.env.CONTENT_DIR;
    expect(dictionaryDir()).toBe(path.join(process.cwd(), 'content', 'dictionary'));
    expect(fromCanonical(taiwan)('软件')).toBe('軟件');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
