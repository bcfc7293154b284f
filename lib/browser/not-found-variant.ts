/**
 * The variant a 404 page should speak: the script of the URL the reader asked for (`/zh-hant/…`), else
 * `undefined` (then the reader's remembered or browser choice decides, see choose-variant.ts).
 *
 * Self-contained on purpose (no imports, no closures): its source is inlined into the 404 page, so the
 * tested function is the shipped one.
 */
export function variantFromPath(pathname: string, ids: readonly string[]): string | undefined {
  const segment = pathname.split('/')[1]?.toLowerCase() ?? '';
  for (const id of ids) if (segment === id) return id;
  return undefined;
}
