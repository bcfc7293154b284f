import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { deployUrlProblem } from '@/scripts/build/deploy-url';

test('a local build keeps the localhost default; a deploy build needs a public SITE_URL', () => {
  expect(deployUrlProblem({})).toBeUndefined();
  expect(deployUrlProblem({ SITE_URL: 'http://localhost:3000' })).toBeUndefined();
  expect(deployUrlProblem({ DEPLOY: '1' })).toMatch(/a deploy build needs SITE_URL/);
  expect(deployUrlProblem({ DEPLOY: '1', SITE_URL: ' ' })).toMatch(/needs SITE_URL/);
  for (const local of [
    'http://localhost:3000',
    'http://127.0.0.1',
    'http://[::1]:8080/',
    'http://a.localhost',
    'http://0.0.0.0',
  ])
    expect(deployUrlProblem({ DEPLOY: '1', SITE_URL: local }), local).toMatch(/points at this machine/);
  expect(deployUrlProblem({ DEPLOY: '1', SITE_URL: 'reader.example.org' })).toMatch(/not a URL/);
  expect(deployUrlProblem({ DEPLOY: '1', SITE_URL: 'ftp://reader.example.org' })).toMatch(/http\(s\)/);
  expect(deployUrlProblem({ DEPLOY: '1', SITE_URL: 'https://reader.example.org' })).toBeUndefined();
});

test('npm run build:deploy without SITE_URL stops before building, saying why', () => {
  const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, DEPLOY: '1', SITE_URL: '' },
    timeout: 30_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('a deploy build needs SITE_URL');
});
