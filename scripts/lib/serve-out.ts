import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { siteDir } from '../../lib/static-export/site-dir';

export { chromiumFlags, chromiumPath } from './chromium';

/**
 * Serve `dir` (the build: `out`, or `OUT_DIR`) with `npm run serve`'s server (scripts/serve.ts: the
 * build's headers, precompressed files) on a port until `close()`; resolves once it answers.
 */
export async function serveOut(port: number, dir = siteDir): Promise<{ origin: string; close: () => void }> {
  if (!existsSync(dir)) throw new Error(`no ${dir}/: run \`npm run build\` first`);
  const origin = `http://localhost:${port}`;
  // Something else answering there would be measured instead (a server left over by an earlier run).
  if (await answers(origin)) throw new Error(`port ${port} is already in use: stop what serves ${origin}`);
  // Its own process group, so that close() stops the server itself, not only the `npx` in front of it.
  const server = spawn('npx', ['tsx', 'scripts/serve.ts', '--dir', dir, '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const close = () => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  for (let i = 0; i < 100; i += 1) {
    if (await answers(origin)) return { origin, close };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  close();
  throw new Error(`scripts/serve.ts did not start on ${port}`);
}

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/`)).ok;
  } catch {
    return false;
  }
}
