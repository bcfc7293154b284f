import { request as httpRequest } from 'node:http';
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
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
