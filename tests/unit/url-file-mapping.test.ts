import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fileOf, pagePathOf, servedFile, urlPathOf } from '@/lib/static-export/pages';

test('a page file and its URL path, both ways, as a static host maps them', () => {
  expect(urlPathOf('zh-hans/index.html')).toBe('/zh-hans/');
  expect(urlPathOf('index.html')).toBe('/');
  expect(urlPathOf('404.html')).toBe('/404.html');
  expect(pagePathOf('/zh-hk/articles/ai-race-002/index.html')).toBe('/zh-hk/articles/ai-race-002/');
  expect(pagePathOf('/_islands/islands.abc.js')).toBe('/_islands/islands.abc.js');
  expect(fileOf('/zh-hans/')).toBe('zh-hans/index.html');
  expect(fileOf('/')).toBe('index.html');
  expect(fileOf('/zh-hans/search/?q=%E5%86%85%E5%8D%B7#p-2')).toBe('zh-hans/search/index.html');
  expect(fileOf('/404.html')).toBe('404.html');
  expect(fileOf('/a%20b/')).toBe('a b/index.html');
  for (const file of ['zh-hans/index.html', 'index.html', '404.html', 'en/themes/ubi/index.html'])
    expect(fileOf(urlPathOf(file))).toBe(file);
});

test('servedFile: a file there is, never a folder or a missing one', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-'));
  mkdirSync(path.join(dir, 'zh-hans'));
  writeFileSync(path.join(dir, 'zh-hans', 'index.html'), '<!doctype html>');
  writeFileSync(path.join(dir, '404.html'), '<!doctype html>');
  expect(servedFile(dir, '/zh-hans/')).toBe(path.join(dir, 'zh-hans', 'index.html'));
  expect(servedFile(dir, '/404.html')).toBe(path.join(dir, '404.html'));
  expect(servedFile(dir, '/zh-hans')).toBeUndefined(); // a folder
  expect(servedFile(dir, '/en/')).toBeUndefined();
});
