/**
 * Load on the two ways this site is served, side by side: `npm run serve`'s server (scripts/serve.ts) and
 * nginx with the build's includes (scripts/lib/nginx.ts). Bounded and loopback-only: autocannon, 200
 * connections for 10 s on one essay page with `Accept-Encoding: gzip, br` (browsers send it), against
 * servers bound to 127.0.0.1. Prints requests per second, latency p50/p99, errors (failed connections,
 * timeouts and non-2xx answers) and the bytes of an average response; returns false when either had errors.
 * `BENCH_LOAD_SECONDS`, `BENCH_LOAD_CONNECTIONS` change the run; nginx missing fails it with the reason,
 * and `SKIP_NGINX=1` leaves nginx out (as in the e2e suite). The smoke run: 20 connections for 1 s, no
 * warm-up.
 */
import autocannon from 'autocannon';
import { siteLink } from '../build/builds-folder';
import { spawnNginx } from '../lib/nginx';
import { serveOut } from '../lib/serve-out';
import { smoke } from './mode';
import { table } from './table';

const connections = smoke ? 20 : Number(process.env.BENCH_LOAD_CONNECTIONS ?? 200);
const seconds = smoke ? 1 : Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const withNginx = process.env.SKIP_NGINX !== '1';
const essay = '/zh-hans/articles/ai-race-002/';

interface Load {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
}

async function load(name: string, origin: string): Promise<Load> {
  const url = `${origin.replace('//localhost', '//127.0.0.1')}${essay}`;
  // A short warm-up, so that both servers are measured with the page in their (or the OS's) cache.
  if (!smoke) await autocannon({ url, connections: 10, duration: 1, headers: { 'accept-encoding': 'gzip, br' } });
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip, br' },
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    bytes: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
}

async function waitFor(origin: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing answers at ${origin}`);
}

/** Print the load table; returns false when a server answered with errors. */
export async function benchLoad(): Promise<boolean> {
  console.log(
    `\n## Load: ${connections} connections × ${seconds} s on ${essay}, Accept-Encoding: gzip, br (loopback)\n`,
  );
  const results: Load[] = [];
  const node = await serveOut(4194);
  try {
    results.push(await load('npm run serve (node:http)', node.origin));
  } finally {
    node.close();
  }
  if (withNginx) {
    const nginx = spawnNginx(siteLink, 4195);
    try {
      await waitFor('http://127.0.0.1:4195');
      results.push(await load('nginx (the build’s includes)', 'http://127.0.0.1:4195'));
    } finally {
      nginx.close();
    }
  }
  table(
    ['server', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'bytes/response'],
    results.map((r) => [r.name, r.rps.toFixed(0), String(r.p50), String(r.p99), String(r.errors), r.bytes.toFixed(0)]),
  );
  if (!withNginx) console.log('\nnginx left out (SKIP_NGINX=1).');
  return results.every((r) => r.errors === 0);
}
