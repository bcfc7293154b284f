import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';

/**
 * Running the build's steps so that stopping the build stops all of them (issue 30):
 *
 * - Each step runs in a process group of its own, led by a small guard (step-guard.mjs) that runs the
 *   step's command: a signal to the group reaches the command and everything it started (Next's workers,
 *   tsx's node), and a Ctrl-C in the terminal reaches the build alone, which stops the step itself.
 * - SIGINT, SIGTERM or SIGHUP to the build: each running step's group gets the same signal (SIGKILL for
 *   what is left after 5 s), the caller's cleanup runs, and the build says `build stopped by SIGTERM`
 *   and exits 128 + the signal's number — never "<step> failed (exit code 143)".
 * - SIGKILL cannot be caught. The guard watches the build and the processes that started it (npm and the
 *   shell between, found in /proc on Linux) and kills its group when one is gone; the build watches the
 *   same ancestors and stops as above when one of them goes (`npm` killed outright).
 */

/** The guards of the steps running now (several side by side: runTogether), so that a build told to stop can stop them too. */
const running = new Set<{ child: ChildProcess; exited: Promise<void> }>();
/** Set once a step run side by side with others has failed: the rest are stopped, and no more start. */
let halted = false;
/** Set once the build is stopping: a step that fails then failed because it was stopped. */
let stopSignal: NodeJS.Signals | 'parent' | undefined;

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
const guard = path.join(import.meta.dirname, 'step-guard.mjs');

/** Send `signal` to a process group; false when there is none left. */
function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Is the build stopping (a signal, or a parent gone)? A step's failure is then not reported as one. */
export const stopping = () => stopSignal !== undefined;

/**
 * Stop the running steps, if any, and everything they started; resolves once every step has exited, so
 * that nothing writes into the staging folder while it is removed.
 */
export async function stopStep(signal: NodeJS.Signals): Promise<void> {
  await Promise.all(
    [...running].map(async ({ child, exited }) => {
      signalGroup(child.pid!, signal);
      const late = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(late);
      // Anything of the group that outlived the step's own command (a worker that ignored the signal).
      signalGroup(child.pid!, 'SIGKILL');
    }),
  );
}

/**
 * Run `tasks` side by side (each one or more runStep calls in order); resolves when all have succeeded.
 * When one fails, the others' running steps are stopped and none starts after it; rejects with the first
 * failure once every step has exited.
 */
export async function runTogether(tasks: readonly (() => Promise<void>)[]): Promise<void> {
  const started = tasks.map((task) => task());
  try {
    await Promise.all(started);
  } catch (error) {
    halted = true;
    await stopStep('SIGTERM');
    await Promise.allSettled(started);
    throw error;
  }
}

/**
 * The processes that started this one and must outlive it — on Linux, the parent and its ancestors up to
 * and including npm (`npm run build`; at most 4 levels); elsewhere, or when no npm is found, the parent.
 */
export function watchedAncestors(): number[] {
  const chain: number[] = [];
  let pid = process.ppid;
  for (let level = 0; level < 4 && pid > 1; level++) {
    let stat: string;
    let command: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      break;
    }
    chain.push(pid);
    if (/(^|[/\s])npm(\s|$|-cli)/.test(command)) return chain;
    // Fields after the command name (which may hold spaces) in parentheses: state, then the parent's pid.
    pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  }
  return [process.ppid];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Stop the build on SIGINT, SIGTERM or SIGHUP, or when a process that started it is gone: stop the running
 * step, run `cleanup`, print `<name> stopped by <signal>: <unchanged>` and exit 128 + the signal number (1
 * for a lost parent).
 */
/** The build's stop, once stopOnSignals has set it up. */
let stopBuild: ((signal: NodeJS.Signals | 'parent', why: string) => Promise<void>) | undefined;
/** The first of the watched ancestors that is gone, if any. */
let goneAncestor: () => number | undefined = () => undefined;

export function stopOnSignals(name: string, unchanged: string, cleanup: () => void): void {
  const stop = async (signal: NodeJS.Signals | 'parent', why: string) => {
    if (stopSignal) return;
    stopSignal = signal;
    await stopStep(signal === 'parent' ? 'SIGTERM' : signal);
    try {
      cleanup();
    } finally {
      console.error(`\n${name} stopped ${why}: ${unchanged}`);
      process.exit(signal === 'parent' ? 1 : 128 + (signalNumbers[signal] ?? 0));
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => void stop(signal, `by ${signal}`));
  const ancestors = watchedAncestors();
  goneAncestor = () => ancestors.find((pid) => !alive(pid));
  stopBuild = stop;
  setInterval(() => {
    const gone = goneAncestor();
    if (gone !== undefined) void stop('parent', parentGone(gone));
  }, 500).unref();
}

const parentGone = (pid: number) => `because the process that started it (pid ${pid}) is gone`;

/** How a step ended: the guard exits 128 + n when signal n ended the command. */
function howEnded(code: number | null, signal: NodeJS.Signals | null): string {
  const by =
    signal ??
    (code !== null && code > 128
      ? Object.entries(constants.signals).find(([, n]) => n === code - 128)?.[0]
      : undefined);
  return by ? `killed by ${by}` : `exit code ${code}`;
}

/** The pids a step's guard watches: this process and the ancestors it was started by. */
const watched = () => [process.pid, ...watchedAncestors()].join(',');

/**
 * Run one step of the build as its own process group (`npm run` has put `node_modules/.bin` on the PATH),
 * printing its name before and its time after; rejects when it fails. Every step runs with
 * NODE_ENV=production whatever the caller's environment: Vitest, for one, sets NODE_ENV=test, which Next
 * keeps, and Tailwind then skips its CSS optimizer (a different stylesheet, so every page differed).
 */
export async function runStep(
  label: string,
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<void> {
  if (stopSignal || halted) throw new Error(`${label}: not started, the build is stopping`);
  console.log(`\n▸ ${label}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [guard, watched(), '--', command, ...args], {
      stdio: 'inherit',
      detached: true,
      env: { ...process.env, ...env, NODE_ENV: 'production' },
    });
    const exited = new Promise<void>((done) => child.on('close', () => done()));
    const step = { child, exited };
    running.add(step);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running.delete(step);
      const gone = code === 0 || stopSignal ? undefined : goneAncestor();
      // The guard may see npm gone before the build's own check does: then this is a stop, not a failure.
      if (gone !== undefined && stopBuild) void stopBuild('parent', parentGone(gone));
      if (code === 0) resolve();
      else if (stopSignal || halted) reject(new Error(`${label} stopped`));
      else reject(new Error(`${label} failed (${howEnded(code, signal)})`));
    });
  });
  console.log(`✓ ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
