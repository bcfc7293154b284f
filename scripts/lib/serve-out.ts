import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Chromium for scripts: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else Playwright's own. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags for headless Chromium on this machine: no sandbox (root), no background network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Serve `dir` (the build, `out/`) on a port until `close()`; resolves once it answers. */
export async function serveOut(port: number, dir = 'out'): Promise<{ origin: string; close: () => void }> {
  if (!existsSync(dir)) throw new Error(`no ${dir}/: run \`npm run build\` first`);
  const server = spawn('npx', ['serve', dir, '-l', String(port), '--no-clipboard', '--no-port-switching'], {
    stdio: 'ignore',
  });
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, close: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`serve did not start on ${port}`);
}
