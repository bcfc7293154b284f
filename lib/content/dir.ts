import path from 'node:path';

/** Default content directory; `CONTENT_DIR` overrides it (used by the bad-content tests). */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}
