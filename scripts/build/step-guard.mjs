/**
 * The guard of one build step (scripts/build/run-step.ts): it leads the step's process group, runs the
 * step's command in it and exits as the command does (128 + n when a signal ended it). Every 500 ms it
 * checks that the build and the processes that started it are alive; when one is gone (SIGKILLed, so it
 * could not stop the step itself) it stops the whole group: SIGTERM, then SIGKILL after 3 s. Plain
 * JavaScript run by node, so that it starts at once.
 *
 *   node step-guard.mjs <pid>,<pid>… -- <command> [args…]
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const [watchList = '', separator, command, ...args] = process.argv.slice(2);
if (separator !== '--' || !command) {
  console.error('usage: node step-guard.mjs <pid>,<pid>… -- <command> [args…]');
  process.exit(2);
}
const watched = watchList
  .split(',')
  .map(Number)
  .filter((pid) => pid > 1);

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
const signalGroup = (signal) => {
  try {
    process.kill(-process.pid, signal);
  } catch {
    // the group is gone already
  }
};

// Signals to the group are for the command: the guard stays to report how it ended.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});

const child = spawn(command, args, { stdio: 'inherit' });
child.on('error', (error) => {
  console.error(`${command}: ${error.message}`);
  process.exit(127);
});
const watch = setInterval(() => {
  if (watched.every(alive)) return;
  clearInterval(watch);
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), 3_000).unref();
}, 500);
child.on('exit', (code, signal) => {
  clearInterval(watch);
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});
