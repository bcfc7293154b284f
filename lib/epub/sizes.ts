/**
 * The sizes of the books in the links to them. Pages are rendered before the books are written, so a link
 * carries an empty `<span data-epub-size="/path.epub">` that the book step fills with the edition's words.
 */
const placeholder = /<span data-epub-size="([^"]+\.epub)"([^>]*)><\/span>/g;

/** Every book path a page's links leave to be filled (the build checks the list is empty afterwards). */
export const emptySizes = (html: string): string[] => [...html.matchAll(placeholder)].map((m) => m[1]!);

/** Size in KB as a page shows it: whole kilobytes, at least 1. */
export const kilobytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** A page with its books' sizes written in; `count` is how many links were filled. */
export function fillEpubSizes(
  html: string,
  sizes: ReadonlyMap<string, number>,
  format: (kb: number, bookPath: string) => string,
): { html: string; count: number } {
  let count = 0;
  const filled = html.replace(placeholder, (whole, bookPath: string, rest: string) => {
    const bytes = sizes.get(bookPath);
    if (bytes === undefined) return whole;
    count++;
    return `<span data-epub-size="${bookPath}"${rest}>${format(kilobytes(bytes), bookPath)}</span>`;
  });
  return { html: filled, count };
}
