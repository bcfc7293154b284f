/**
 * The server of `npm start` and `npm run serve`: serves a built site as the production hosts do.
 *
 * Hand-written (node:http) rather than a static-file package, because it must do exactly what the
 * generated host configs do, and no package does all of it: apply the build's `_headers` rules (every
 * matching rule, as Netlify does); send the `.br`/`.gz` file the build wrote when the client accepts it,
 * with `Vary: Accept-Encoding`; never list a folder; answer every unknown or malformed path with the 404
 * page and status 404 — a NUL, bad percent-encoding, an overlong segment or `..` is the client's
 * mistake, never a 500; answer methods other than GET and HEAD with 405 and `Allow: GET, HEAD`; and
 * resolve the site folder (`out`, a link to the published build) on every request, so that a build
 * published meanwhile is served from the next request on, never half of one.
 */
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { headersFor } from '../headers/site-rules';
import { isConfigPath } from '../headers/policy';
import { pagePathOf } from '../static-export/pages';
import { encodings } from '../static-export/precompress';
import { acceptedEncodings } from './accept-encoding';
import { queryOf, sitePathOf } from './request-path';
import { SiteBuild, type SiteFile } from './site-build';

export const notFoundPage = '/404.html';
const allowed = 'GET, HEAD';

/** A request handler for the site in `siteDir` (a folder or a link to one, resolved per request). */
export function siteHandler(siteDir: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const builds = new Map<string, SiteBuild>();
  const buildAt = async () => {
    const root = await realpath(siteDir);
    let build = builds.get(root);
    if (!build) {
      // The builds kept are the published one and the one before (scripts/build.ts); older ones are gone.
      if (builds.size >= 2) builds.delete(builds.keys().next().value!);
      build = new SiteBuild(root);
      builds.set(root, build);
    }
    return build;
  };

  return async (req, res) => {
    try {
      const build = await buildAt();
      const rules = await build.rules;
      // The headers of every response (the `/*` rule): on a redirect or a 405 too.
      const common = rules.find((rule) => rule.path === '/*')?.headers ?? {};
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(
          res,
          405,
          { ...common, Allow: allowed, 'Content-Type': 'text/plain; charset=utf-8' },
          'Method Not Allowed\n',
        );
        return;
      }
      // Only HTTP/1.x: a request line claiming 2.0 on this plain connection is refused, as nginx does.
      if (req.httpVersionMajor !== 1) {
        send(res, 505, { ...common, 'Content-Type': 'text/plain; charset=utf-8' }, 'HTTP Version Not Supported\n');
        return;
      }
      // One Host (RFC 9112 §3.2: a request with more is answered 400), as nginx does; Node keeps the first.
      if (hostCount(req) > 1) {
        send(res, 400, { ...common, 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad Request\n');
        return;
      }
      const url = originForm(req.url ?? '');
      const sitePath = sitePathOf(url);
      const found =
        sitePath === undefined || isConfigPath(sitePath) || isPrecompressedCopy(sitePath)
          ? undefined
          : await locate(build, sitePath);
      if (found && 'redirect' in found) {
        send(res, 301, { ...common, Location: `${found.redirect}${queryOf(url)}` }, '');
        return;
      }
      const status = found ? 200 : 404;
      const page = found ?? { file: await build.file(notFoundPage), rulesPath: notFoundPage };
      if (!page.file) {
        send(res, 404, { ...common, 'Content-Type': 'text/plain; charset=utf-8' }, 'Not Found\n');
        return;
      }
      sendFile(req, res, status, page.file, headersFor(rules, page.rulesPath));
    } catch (error) {
      // Only the file system failing (a permission, a disk) gets here: malformed requests are 404 above.
      console.error(`serve: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) send(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Internal Server Error\n');
      else res.destroy();
    }
  };
}

/** How many Host headers a request has (Node's `headers.host` keeps only the first). */
const hostCount = (req: IncomingMessage) =>
  req.rawHeaders.filter((name, at) => at % 2 === 0 && name.toLowerCase() === 'host').length;

/**
 * The request target in origin form: an absolute-form target (`GET http://host/a/ HTTP/1.1`, RFC 9112
 * §3.2.2, what a proxy is sent) is served like its path, as nginx serves it.
 */
export function originForm(target: string): string {
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  if (!absolute) return target;
  const rest = target.slice(absolute[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * The `.br`/`.gz` copies beside the files are the server's to choose, never a path of the site: asked for
 * directly (`/index.html.br`) they are not found, as in nginx's include.
 */
const isPrecompressedCopy = (sitePath: string) => encodings.some(({ suffix }) => sitePath.endsWith(suffix));

type Located = { file: SiteFile; rulesPath: string } | { redirect: string };

/** `/a/` is `a/index.html`; `/a` a file, or a folder with a page (moved to `/a/`); else undefined. */
async function locate(build: SiteBuild, sitePath: string): Promise<Located | undefined> {
  if (sitePath.endsWith('/')) {
    const file = await build.file(`${sitePath}index.html`);
    return file && { file, rulesPath: sitePath };
  }
  const file = await build.file(sitePath);
  if (file) return { file, rulesPath: pagePathOf(sitePath) };
  if ((await build.isFolder(sitePath)) && (await build.file(`${sitePath}/index.html`)))
    return { redirect: encodeURI(`${sitePath}/`) };
  return undefined;
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  file: SiteFile,
  ruleHeaders: Record<string, string>,
): void {
  const accepted = acceptedEncodings(req.headers['accept-encoding']);
  const encoding = encodings.find(({ name }) => accepted.has(name) && file.copies[name]);
  const body = encoding ? file.copies[encoding.name]! : file.body;
  const tag = `"${file.tag}${encoding ? `-${encoding.name}` : ''}"`;
  const headers: Record<string, string> = {
    ...ruleHeaders,
    'Content-Type': file.type,
    ETag: tag,
    'Last-Modified': file.modified,
  };
  if (Object.keys(file.copies).length > 0) headers.Vary = 'Accept-Encoding';
  if (encoding) headers['Content-Encoding'] = encoding.name;
  if (status === 200 && notModified(req, tag, file.modified)) {
    send(res, 304, headers, '', req.method === 'HEAD');
    return;
  }
  send(res, status, { ...headers, 'Content-Length': String(body.length) }, body, req.method === 'HEAD');
}

/**
 * RFC 9110 §13.1: If-None-Match (`*` matches any file that exists; tags compared weakly) decides when
 * present; otherwise If-Modified-Since, a valid date no earlier than the file's Last-Modified and not in
 * the future.
 */
function notModified(req: IncomingMessage, tag: string, modified: string): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined)
    return match.split(',').some((t) => {
      const candidate = t.trim();
      return candidate === '*' || candidate.replace(/^W\//, '') === tag;
    });
  // A date in the future is no validator (RFC 9110 §13.1.3: the origin's clock decides).
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && since >= Date.parse(modified) && since <= Date.now();
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
  headOnly = false,
): void {
  res.writeHead(status, headers);
  res.end(headOnly || status === 304 ? undefined : body);
}

export interface ServeOptions {
  readonly siteDir: string;
  readonly host: string;
  readonly port: number;
  /** Time a client has to send a request's head, in ms (as `client_header_timeout` in the nginx include). */
  readonly headersTimeout?: number;
  /** Open connections at most; further ones are closed at once (nginx: `worker_connections`). */
  readonly maxConnections?: number;
}

/** The server's limits: a request head within 15 s, 1,024 connections at a time. */
export const serverLimits = { headersTimeout: 15_000, maxConnections: 1024 } as const;

/**
 * A request the parser refused: a version that is not HTTP/1.x (`HTTP/1.2`, `HTTP/3.0`) is 505, as nginx
 * answers; the rest as Node does by default (431 for a head too large, 408 for one too slow, else 400).
 */
function refuseClient(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const [status, reason] =
    error.code === 'HPE_INVALID_VERSION'
      ? [505, 'HTTP Version Not Supported']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout']
          : [400, 'Bad Request'];
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Start serving; resolves once listening. */
export function startSiteServer({
  siteDir,
  host,
  port,
  headersTimeout = serverLimits.headersTimeout,
  maxConnections = serverLimits.maxConnections,
}: ServeOptions): Promise<Server> {
  const handle = siteHandler(siteDir);
  // Node checks the head's timeout every connectionsCheckingInterval (30 s by default): every second here.
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: headersTimeout * 2,
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    },
    (req, res) => void handle(req, res),
  );
  server.maxConnections = maxConnections;
  server.on('clientError', refuseClient);
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
