import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  buildsDir,
  completeFolder,
  lockBuilds,
  publish,
  publishedBuild,
  removeBuilds,
  siteLink,
  stagingFolder,
} from '@/scripts/build/builds-folder';

// The builds folder works relative to the project folder: each test runs in a fresh one.
const project = process.cwd();
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'builds-'));
  process.chdir(root);
});
afterEach(() => {
  process.chdir(project);
  rmSync(root, { recursive: true, force: true });
});

/** A finished build whose index says `name`. */
function build(name: string): string {
  const dir = path.join(buildsDir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), name);
  return dir;
}
const served = () => readFileSync(path.join(siteLink, 'index.html'), 'utf8');

test('publish points out at a build, then at the next one; the one before is returned', () => {
  expect(publishedBuild()).toBeUndefined();
  expect(publish(build('one'))).toBeUndefined();
  expect(readlinkSync(siteLink)).toBe(path.join(buildsDir, 'one'));
  expect(publishedBuild()).toBe(path.join(buildsDir, 'one'));
  expect(served()).toBe('one');
  expect(publish(build('two'))).toBe(path.join(buildsDir, 'one'));
  expect(served()).toBe('two');
});

test('a link holding an absolute path (a Windows junction) counts as published too', () => {
  symlinkSync(path.resolve(build('one')), siteLink);
  expect(publishedBuild()).toBe(path.join(buildsDir, 'one'));
});

test('a staging folder is never published, nor counted as published', () => {
  const staging = stagingFolder();
  expect(staging).toMatch(/^\.builds\/\d{8}T\d{9}Z\.partial$/);
  expect(completeFolder(staging)).toBe(staging.slice(0, -'.partial'.length));
  build(path.basename(staging));
  expect(() => publish(staging)).toThrow('is not a complete build');
  symlinkSync(staging, siteLink);
  expect(publishedBuild()).toBeUndefined();
});

test('an out folder from before is moved aside once and replaced by the link', () => {
  mkdirSync(siteLink);
  writeFileSync(path.join(siteLink, 'index.html'), 'old');
  expect(publishedBuild()).toBeUndefined();
  const previous = publish(build('one'));
  expect(previous).toBe(path.join(buildsDir, 'one-replaced-out'));
  expect(readFileSync(path.join(previous!, 'index.html'), 'utf8')).toBe('old');
  expect(served()).toBe('one');
});

test('removeBuilds keeps what it is told to and the lock, and removes the rest', () => {
  const unlock = lockBuilds();
  build('one');
  build('two');
  build('three.partial');
  expect(removeBuilds([path.join(buildsDir, 'two'), undefined]).sort()).toEqual(
    [path.join(buildsDir, 'one'), path.join(buildsDir, 'three.partial')].sort(),
  );
  expect(existsSync(path.join(buildsDir, 'two'))).toBe(true);
  expect(existsSync(path.join(buildsDir, 'build.lock'))).toBe(true);
  unlock();
});

test('one build at a time; the lock of a build that was killed is taken over', () => {
  const unlock = lockBuilds();
  expect(() => lockBuilds()).toThrow(`another build (pid ${process.pid}) is running here`);
  unlock();
  // A process that has exited: its lock is stale.
  const gone = spawnSync(process.execPath, ['-e', '0']).pid;
  writeFileSync(path.join(buildsDir, 'build.lock'), String(gone));
  const again = lockBuilds();
  expect(readFileSync(path.join(buildsDir, 'build.lock'), 'utf8')).toBe(String(process.pid));
  again();
  expect(existsSync(path.join(buildsDir, 'build.lock'))).toBe(false);
});
