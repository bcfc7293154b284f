/**
 * The site path a request names, or undefined when it names none: not origin-form (`*`, `http://…`),
 * bad percent-encoding, a NUL, `.`/`..` or a backslash in a segment, a segment longer than a file name
 * can be (255 bytes). The caller answers undefined with the 404 page: malformed input is never an error
 * of the server.
 */
export function sitePathOf(url: string): string | undefined {
  if (!url.startsWith('/')) return undefined;
  const pathname = url.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  for (const segment of decoded.split('/').slice(1)) {
    if (segment === '.' || segment === '..' || /[\0\\]/.test(segment)) return undefined;
    if (Buffer.byteLength(segment) > 255) return undefined;
  }
  if (decoded.includes('//')) return undefined;
  return decoded;
}

/** The query of a request URL, with its `?` (or ''), kept on a redirect. */
export const queryOf = (url: string) => {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at);
};
