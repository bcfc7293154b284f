/**
 * A stopped or killed build stops every process it started (issue 30, point 6): the build's steps run in
 * process groups of their own (scripts/build/run-step.ts, step-guard.mjs). Before, SIGTERM to the build
 * left `next build`'s workers running and was reported as "<step> failed (exit code 143)"; SIGKILL left the
 * whole step running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';

const tsx = path.resolve('node_modules/.bin/tsx');
const fakeBuild = path.resolve('tests/fixtures/build-stop/fake-build.ts');
let dir: string;
let pids: number[] = [];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
/** Start a process, collect its output; resolves its exit once it ends. */
function start(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, STOP_TEST_DIR: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exit, output: () => output };
}
/** The step's and its grandchild's pids, once the step has started. */
async function stepPids(): Promise<number[]> {
  const file = path.join(dir, 'pids');
  await until(() => existsSync(file) && readFileSync(file, 'utf8').includes(' '), 20_000, 'the step to start');
  pids = readFileSync(file, 'utf8').split(' ').map(Number);
  return pids;
}
/** The pid of the fake build itself (tsx runs it in a node child of its own). */
function buildPid(launcher: ChildProcess): number {
  const children = readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, 'utf8').trim().split(/\s+/);
  return Number(children[0]);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-stop-'));
  pids = [];
});
afterEach(() => {
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

test(
  'SIGTERM to the build: every process of the step stops, and the build says it was stopped',
  { timeout: 60_000 },
  async () => {
    const build = start(tsx, [fakeBuild]);
    const [step, grandchild] = await stepPids();
    process.kill(buildPid(build.child), 'SIGTERM');
    expect(await build.exit).toBe(143);
    await until(() => !alive(step!) && !alive(grandchild!), 5_000, 'the step and its child to stop');
    expect(build.output()).toMatch(/build stopped by SIGTERM: out is unchanged/);
    expect(build.output()).not.toMatch(/failed/);
    expect(existsSync(path.join(dir, 'cleaned'))).toBe(true);
  },
);

test('SIGINT (Ctrl-C) to the build alone: the same', { timeout: 60_000 }, async () => {
  const build = start(tsx, [fakeBuild]);
  const [step, grandchild] = await stepPids();
  process.kill(buildPid(build.child), 'SIGINT');
  expect(await build.exit).toBe(130);
  await until(() => !alive(step!) && !alive(grandchild!), 5_000, 'the step and its child to stop');
  expect(build.output()).toMatch(/build stopped by SIGINT/);
});

test('SIGKILL to the build: the step and its child stop within seconds', { timeout: 60_000 }, async () => {
  const build = start(tsx, [fakeBuild]);
  const [step, grandchild] = await stepPids();
  process.kill(buildPid(build.child), 'SIGKILL');
  await until(() => !alive(step!) && !alive(grandchild!), 6_000, 'the step and its child to stop');
  await build.exit;
});

test('SIGKILL to npm, which started the build: the build stops itself and its step', { timeout: 60_000 }, async () => {
  // A stand-in for `npm run build`: a process named as npm names itself, running the build through tsx.
  const npm = start(process.execPath, [
    '-e',
    `process.title = 'npm run build'; require('node:child_process').spawn(${JSON.stringify(tsx)}, [${JSON.stringify(fakeBuild)}], { stdio: 'inherit' }); setInterval(() => {}, 1000);`,
  ]);
  const [step, grandchild] = await stepPids();
  npm.child.kill('SIGKILL');
  await until(() => !alive(step!) && !alive(grandchild!), 6_000, 'the step and its child to stop');
  await until(() => existsSync(path.join(dir, 'cleaned')), 6_000, 'the build to clean up');
  await until(
    () => /build stopped because the process that started it \(pid \d+\) is gone/.test(npm.output()),
    6_000,
    'the build to say why it stopped',
  );
  expect(npm.output()).not.toMatch(/failed/);
});

test(
  'a step that fails beside others: they are stopped, none starts after it, the failure is reported',
  { timeout: 60_000 },
  async () => {
    const build = start(tsx, [fakeBuild], { STOP_TEST_TOGETHER: '1' });
    const [step, grandchild] = await stepPids();
    expect(await build.exit).toBe(1);
    await until(() => !alive(step!) && !alive(grandchild!), 6_000, 'the step beside it and its child to stop');
    expect(build.output()).toMatch(/✗ failing step failed \(exit code 3\)/);
    expect(build.output()).not.toMatch(/slow step failed/);
    expect(existsSync(path.join(dir, 'queued')), 'the step queued after the failing one').toBe(false);
    expect(readFileSync(path.join(dir, 'cleaned'), 'utf8'), 'cleaned up after every step had exited').toBe('yes');
  },
);
