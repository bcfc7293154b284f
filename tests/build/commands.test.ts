/**
 * Smoke runs of the commands README names that the rest of `npm test` does not run (what npm test does
 * not run rots): `npm run bench:smoke`, `npm run audit -- --smoke`, `npm run ids`, `npm run translations`,
 * `npm run new <slug>` and `npm run serve:nginx`. Run by `npm test` after the build (`npm run test:build`),
 * on the published build. The editing commands run against a copy of content/ (`CONTENT_DIR`), so they
 * never touch the working tree: tests/unit/editing.test.ts walks their scripts through a whole edit; here
 * each runs once by the name README gives it. nginx is left out with `SKIP_NGINX=1`, as in the e2e suite.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishedBuild, siteLink } from '@/scripts/build/builds-folder';

if (!publishedBuild()) throw new Error(`${siteLink} is not a published build: run \`npm run build\` first`);

/** `npm run <args>` to its end: exit status and everything it printed (stdout, then stderr). */
function npmRun(args: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const run = spawnSync('npm', ['run', '--silent', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`npm run ${args.join(' ')}: exit ${run.status} in ${seconds} s`);
  return { status: run.status, stdout: run.stdout, output: `${run.stdout}\n${run.stderr}` };
}

const contentStatus = () => spawnSync('git', ['status', '--porcelain', '--', 'content'], { encoding: 'utf8' }).stdout;
const statusBefore = contentStatus();
afterAll(() => expect(contentStatus(), 'a command changed content/').toBe(statusBefore));

test('npm run bench:smoke runs every section', () => {
  const run = npmRun(['bench:smoke']);
  expect(run.status, run.output).toBe(0);
  for (const section of [
    '## Content pipeline',
    '## Scale run',
    '## Id ledger matching',
    '## What each page transfers',
    '### Loaded on first use',
    '## Search (gzip',
    '## Search relevance',
    '## Interactions on a slow phone',
    '## Load:',
  ])
    expect(run.stdout, section).toContain(section);
  expect(run.stdout).toContain('| 20     |'); // the scale run's size
  expect(run.stdout).toContain('npm run serve (node:http)');
  if (process.env.SKIP_NGINX !== '1') expect(run.stdout).toContain('nginx (the build’s includes)');
});

test('npm run audit -- --smoke runs Lighthouse on one page and its script-free copy', () => {
  const run = npmRun(['audit', '--', '--smoke']);
  expect(run.status, run.output).toBe(0);
  expect(run.stdout).toContain('## Lighthouse, mobile preset');
  expect(run.stdout).toMatch(/^\| \/zh-hans\/about\/ +\| \d+ \/ \d+ /m);
});

describe('editing commands, on a copy of content/', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'commands-content-'));
    cpSync('content', dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = () => ({ CONTENT_DIR: dir });

  test('npm run ids: ledgers unchanged, then a new paragraph gets a new id', () => {
    const unchanged = npmRun(['ids'], env());
    expect(unchanged.status, unchanged.output).toBe(0);
    expect(unchanged.stdout).toContain('ai-race-002: ');
    expect(
      unchanged.stdout
        .trim()
        .split('\n')
        .every((line) => line.endsWith('ids unchanged')),
    ).toBe(true);

    const essay = path.join(dir, 'articles', 'ai-race-002.md');
    const ledger = path.join(dir, 'ids', 'ai-race-002.yaml');
    const before = readFileSync(ledger, 'utf8');
    writeFileSync(essay, `${readFileSync(essay, 'utf8').trimEnd()}\n\n编者按：这是冒烟测试新加的一段。\n`);
    const edited = npmRun(['ids'], env());
    expect(edited.status, edited.output).toBe(0);
    expect(edited.stdout).toMatch(/^ai-race-002: .*new/m);
    expect(readFileSync(ledger, 'utf8')).not.toBe(before);
    expect(readFileSync(ledger, 'utf8')).toContain('编者按：这是冒烟测试新加的一段。');
  });

  test('npm run translations lists the new paragraph as untranslated', () => {
    const run = npmRun(['translations'], env());
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toMatch(/ai-race-002\.en\.yaml.*Chinese block "p-\d+" has no English yet/);
    expect(run.stdout).toMatch(/^\d+ block\(s\) shown in Chinese on English pages/m);
  });

  test('npm run new <slug> writes the essay, its translation and the 导读 entry', () => {
    const run = npmRun(['new', 'smoke-test-essay'], env());
    expect(run.status, run.output).toBe(0);
    const written = [
      path.join(dir, 'articles', 'smoke-test-essay.md'),
      path.join(dir, 'translations', 'smoke-test-essay.en.yaml'),
      path.join(dir, 'pages', 'guide.md'),
    ];
    for (const file of written) {
      expect(existsSync(file), file).toBe(true);
      expect(run.stdout).toContain(`wrote ${path.relative(process.cwd(), file)}`);
    }
    expect(readFileSync(written[0]!, 'utf8')).toMatch(/^---\nslug: smoke-test-essay\n/);
    expect(readFileSync(written[2]!, 'utf8')).toMatch(/^ {2}- smoke-test-essay$/m);
    // The half-made essay is refused, field by field, until it is filled in.
    const check = npmRun(['check:content'], env());
    expect(check.status).not.toBe(0);
    expect(check.output).toContain('smoke-test-essay.md:');
  });
});

// Skipped only when a developer asks for no nginx (SKIP_NGINX=1, as for the e2e suite's nginx project); `npm test`
// and CI never set it, so the recipe is always run there.
test.skipIf(process.env.SKIP_NGINX === '1')('npm run serve:nginx serves the build, then stops', async () => {
  const port = 4181;
  const server = spawn('npm', ['run', 'serve:nginx', '--', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  try {
    let response: Response | undefined;
    for (let i = 0; i < 100 && !response; i += 1) {
      response = await fetch(`http://127.0.0.1:${port}/zh-hans/articles/ai-race-002/`, {
        headers: { 'accept-encoding': 'br' },
      }).catch(() => undefined);
      if (!response) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-encoding')).toBe('br');
    expect(response?.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await response?.text()).toContain('/_islands/islands.');
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
    await exited;
  }
  // Stopped means stopped: nothing answers on the port within a few seconds.
  let answering = true;
  for (let i = 0; i < 50 && answering; i += 1) {
    answering = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (answering) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(answering, `nginx still answers on ${port}`).toBe(false);
});
