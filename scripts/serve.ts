/**
 * `npm run serve` (and `npm start`, after a build): serve the published build, `out`, on port 3000 (or
 * with the arguments given, e.g. `npm run serve -- -l 8080`). Refuses unless `out` links to a complete
 * build (scripts/build.ts publishes only those), so a folder left by an older or interrupted build is
 * never served. `serve` resolves `out` on every request, so a build published meanwhile is served next.
 */
import { spawn } from 'node:child_process';
import { publishedBuild, siteLink } from './build/builds-folder';

const build = publishedBuild();
if (!build) {
  console.error(`${siteLink} is not a published build: run \`npm run build\` (or \`npm start\`).`);
  process.exit(1);
}
const args = process.argv.slice(2);
console.log(`serving ${siteLink} → ${build}`);
const server = spawn('serve', [siteLink, ...(args.length > 0 ? args : ['-l', '3000']), '--no-clipboard'], {
  stdio: 'inherit',
});
server.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
