import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { TestInfo } from '@playwright/test';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent (not decompressed). */
  body: Buffer;
}

/** The origin of the server a project tests (its baseURL), on the loopback address the servers bind. */
export const originOf = (info: TestInfo) =>
  String(info.project.use.baseURL ?? 'http://localhost:4173').replace('//localhost', '//127.0.0.1');

/**
 * One HTTP request exactly as given — any method (TRACE too), the path unnormalised (`%00`, `..`) — and
 * the response's bytes as they came (a browser or fetch would decompress them and refuse some methods).
 */
export function raw(
  origin: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    // A connection of its own (no keep-alive agent): each request is answered as the first on its connection,
    // whatever an earlier test sent on a shared one.
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface SocketExchange {
  /** The status of the first response (0 when the server closed without one). */
  status: number;
  /** Everything the server sent, as latin1 text. */
  text: string;
  /** Milliseconds from sending to the server closing the connection. */
  closedAfter: number;
}

/**
 * Bytes written to a socket exactly as given — a request line or headers no HTTP client would send (an
 * absolute-form target, two Host headers, HTTP/2.0 on a plain connection, a head never finished) — and
 * what came back until the server closed the connection (or `timeout` passed: then the socket is closed
 * here and `closedAfter` is the timeout).
 */
export function exchange(origin: string, request: string, timeout = 5_000): Promise<SocketExchange> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect({ host: url.hostname, port: Number(url.port) });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), timeout);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, text, closedAfter: performance.now() - started });
    });
    socket.write(request);
  });
}
