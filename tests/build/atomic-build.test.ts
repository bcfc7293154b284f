/**
 * The build is atomic and reproducible (docs/decisions.md, "An atomic, reproducible build"). Run by
 * `npm test` after the e2e suite, on the build that suite tested; adds one killed and one full build.
 *
 * 1. A build SIGKILLed (its whole process tree) while Next exports leaves `out` as it was: same link,
 *    same files, same bytes.
 * 2. The next build clears what the killed one left, a server of `out` answers every request with the
 *    complete site throughout, and the build it publishes is byte-identical to the one before.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { serveOut } from '@/scripts/lib/serve-out';
import { buildsDir, publishedBuild, siteLink } from '@/scripts/build/builds-folder';
import { differences, hashTree, pageCount } from './site-tree';
import { watchSite } from './watch-site';

const logDir = path.join('test-results', 'build');
const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** `npm run build` in its own process group (so that the whole tree can be killed), logging to a file. */
function startBuild(name: string): { child: ChildProcess; exit: Promise<number | null>; log: string } {
  mkdirSync(logDir, { recursive: true });
  const log = path.join(logDir, `${name}.log`);
  const fd = openSync(log, 'w');
  const child = spawn('npm', ['run', 'build'], { detached: true, stdio: ['ignore', fd, fd] });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, log };
}

const partials = () => readdirSync(buildsDir).filter((name) => name.endsWith('.partial'));

const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The guards of the steps a build started by `npm` (pid) runs now: they watch that pid (step-guard.mjs). */
function stepGuardsOf(npmPid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        const at = args.findIndex((arg) => arg.endsWith('step-guard.mjs'));
        return at >= 0 && (args[at + 1] ?? '').split(',').includes(String(npmPid));
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

if (!publishedBuild()) throw new Error(`${siteLink} is not a published build: run \`npm run build\` first`);
const publishedBefore = readlinkSync(siteLink);
const before = hashTree(siteLink);
let killedAt: string | undefined;

afterAll(() => console.log(`test:build took ${seconds(started)} in all`));

test('a build killed during the export leaves out as it was', async () => {
  const since = performance.now();
  const earlier = new Set(partials());
  const build = startBuild('killed');
  let staging = '';
  let pages = 0;
  // Next exports page by page into the staging folder: kill as soon as some pages are there.
  await until(
    () => {
      staging = partials().find((name) => !earlier.has(name)) ?? '';
      pages = staging ? pageCount(path.join(buildsDir, staging)) : 0;
      return pages > 0;
    },
    15 * 60_000,
    `pages in a staging folder (log: ${build.log})`,
  );
  // The steps run in process groups of their own (scripts/build/run-step.ts): their guards see npm gone and
  // stop them, so nothing of the killed build writes on while the next one starts.
  const steps = stepGuardsOf(build.child.pid!);
  expect(steps.length, 'a step running').toBeGreaterThan(0);
  process.kill(-build.child.pid!, 'SIGKILL');
  await build.exit;
  await until(() => !groupAlive(build.child.pid!), 10_000, 'the killed build to be gone');
  await until(() => steps.every((pid) => !groupAlive(pid)), 10_000, 'the killed build’s steps to be gone');
  killedAt = staging;
  const total = Object.keys(before).filter((f) => f.endsWith('index.html')).length;
  console.log(`killed the build with ${pages} of ${total} pages in ${buildsDir}/${staging} after ${seconds(since)}`);

  expect(existsSync(path.join(buildsDir, staging, '_islands')), 'killed before the post-build steps').toBe(false);
  expect(readlinkSync(siteLink)).toBe(publishedBefore);
  expect(differences(before, hashTree(siteLink))).toEqual([]);
});

test('the next build clears the killed one, is served whole throughout, and is byte-identical', async () => {
  const since = performance.now();
  const server = await serveOut(4191, siteLink);
  const watch = watchSite(server.origin, [
    { path: '/', ok: (body) => body.includes('id="variant-redirect"') },
    { path: '/zh-hans/', ok: (body) => body.includes('/_islands/islands.') },
    { path: '/pagefind/pagefind-entry.json', ok: (body) => body.includes('"page_count"') },
    { path: '/share/zh-hans/home.png', ok: (body) => body.length > 1000 },
  ]);
  try {
    const build = startBuild('full');
    expect(await build.exit, `npm run build failed (log: ${build.log})`).toBe(0);
  } finally {
    const { requests, failures } = await watch.stop();
    server.close();
    console.log(`served ${requests} requests during the build, ${failures.length} incomplete`);
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(100);
  }
  console.log(`full build in ${seconds(since)}`);

  expect(killedAt && existsSync(path.join(buildsDir, killedAt))).toBe(false);
  expect(partials()).toEqual([]);
  expect(readlinkSync(siteLink)).not.toBe(publishedBefore);
  const after = hashTree(siteLink);
  expect(differences(before, after)).toEqual([]);
  console.log(`${Object.keys(after).length} files byte-identical to the build before`);
});
