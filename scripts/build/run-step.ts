import { type ChildProcess, spawn } from 'node:child_process';

/** The step's process while one runs, so that a build told to stop can stop it too. */
let running: { child: ChildProcess; exited: Promise<void> } | undefined;

/**
 * Stop the running step, if any (a signal to the build process alone does not reach its children), and
 * wait until it has exited, so that nothing writes into the staging folder while it is removed.
 */
export async function stopStep(signal: NodeJS.Signals): Promise<void> {
  if (!running) return;
  running.child.kill(signal);
  await running.exited;
}

/**
 * Run one step of the build as its own process (`npm run` has put `node_modules/.bin` on the PATH),
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
  console.log(`\n▸ ${label}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env, NODE_ENV: 'production' } });
    const exited = new Promise<void>((done) => child.on('close', () => done()));
    running = { child, exited };
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running = undefined;
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`));
    });
  });
  console.log(`✓ ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
