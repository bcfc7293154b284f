/**
 * `npm run serve` (and `npm start`, after a build): serve the published build, `out`, as production hosts
 * do (lib/serve/site-server.ts: the build's headers, precompressed files, 404 page, GET and HEAD only).
 *
 *   npm run serve -- [--host <address>] [--port <number>] [--dir <folder>]
 *
 * Listens on 127.0.0.1:3000 unless `--host`/`HOST` or `--port`/`PORT` say otherwise (`--host 0.0.0.0`
 * to be reached from other machines). Refuses unless `out` links to a complete build (scripts/build.ts
 * publishes only those), so a folder left by an older or interrupted build is never served; `out` is
 * resolved on every request, so a build published meanwhile is served next. `--dir` serves another
 * folder as it is (tools: the audit's script-free copy).
 */
import { parseArgs } from 'node:util';
import { startSiteServer } from '../lib/serve/site-server';
import { publishedBuild, siteLink } from './build/builds-folder';

const { values } = parseArgs({
  options: { host: { type: 'string' }, port: { type: 'string' }, dir: { type: 'string' } },
  strict: true,
});
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`not a port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const siteDir = values.dir ?? siteLink;
if (siteDir === siteLink) {
  const build = publishedBuild();
  if (!build) {
    console.error(`${siteLink} is not a published build: run \`npm run build\` (or \`npm start\`).`);
    process.exit(1);
  }
  console.log(`serving ${siteLink} → ${build}`);
}
try {
  await startSiteServer({ siteDir, host, port });
} catch (error) {
  console.error(`cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const shown = host.includes(':') ? `[${host}]` : host;
console.log(`http://${shown}:${port}/ (${siteDir})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
