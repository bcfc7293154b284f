import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';

const script = path.resolve('scripts/serve.ts');
const tsx = path.resolve('node_modules/.bin/tsx');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'serve-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run serve` in a project folder `dir`: what it says and whether it refused (nothing is served). */
const serve = () => spawnSync(tsx, [script], { cwd: dir, encoding: 'utf8', timeout: 30_000 });

test('npm run serve refuses when there is no published build', () => {
  const run = serve();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('out is not a published build: run `npm run build`');
});

test('npm run serve refuses an out folder that is not a published build (an older or interrupted one)', () => {
  mkdirSync(path.join(dir, 'out'));
  const run = serve();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('out is not a published build');
});
