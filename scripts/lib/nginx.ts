import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliStaticModule, nginxConf } from '../../lib/serve/nginx-conf';

/** Why nginx cannot run here, or undefined when it can. */
export function nginxMissing(): string | undefined {
  const found = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (found.error) return 'nginx is not installed';
  if (!existsSync(brotliStaticModule)) return `nginx has no brotli_static module (${brotliStaticModule})`;
  return undefined;
}
export const nginxInstall =
  'on Debian: apt-get install nginx libnginx-mod-http-brotli-static (.ci/run does); SKIP_NGINX=1 skips the nginx tests';

/**
 * Run nginx in the foreground on `host:port`, serving `siteDir` with the build's includes (lib/serve/
 * nginx-conf.ts); its pid file and temporary files live in a folder of their own, removed on close.
 */
export function spawnNginx(
  siteDir: string,
  port: number,
  host = '127.0.0.1',
): { child: ChildProcess; close: () => void } {
  const missing = nginxMissing();
  if (missing) throw new Error(`${missing}: ${nginxInstall}`);
  const tempDir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  const conf = path.join(tempDir, 'nginx.conf');
  const asRoot = process.getuid?.() === 0;
  // The build `out` links to now, by its real path: the include follows no link, not even to the root.
  writeFileSync(conf, nginxConf({ siteDir: realpathSync(siteDir), host, port, tempDir, asRoot }));
  const child = spawn('nginx', ['-p', tempDir, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // However nginx ends (stopped, or failing to start), its folder goes once it is gone (it unlinks its pid
  // file on the way out).
  child.once('exit', () => rmSync(tempDir, { recursive: true, force: true }));
  const close = () => {
    // SIGQUIT: nginx's graceful stop (its workers finish and exit with the master).
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
  };
  return { child, close };
}
