/**
 * `npm run serve:nginx`: the production recipe, run here: nginx serving the published build with the
 * includes the build wrote (README, "Deploy"), in the foreground on 127.0.0.1:3080 (`--port`, `--host`).
 * The e2e suite's nginx project and `npm run bench` use it. Fails with the reason when nginx or its
 * brotli_static module is missing.
 */
import { parseArgs } from 'node:util';
import { publishedBuild, siteLink } from './build/builds-folder';
import { nginxMissing, nginxInstall, spawnNginx } from './lib/nginx';

const { values } = parseArgs({ options: { host: { type: 'string' }, port: { type: 'string' } }, strict: true });
const missing = nginxMissing();
if (missing) {
  console.error(`${missing}: ${nginxInstall}`);
  process.exit(1);
}
if (!publishedBuild()) {
  console.error(`${siteLink} is not a published build: run \`npm run build\`.`);
  process.exit(1);
}
const host = values.host ?? '127.0.0.1';
const port = Number(values.port ?? 3080);
const nginx = spawnNginx(siteLink, port, host);
console.log(`nginx: http://${host}:${port}/ (${siteLink})`);
nginx.child.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.close());
