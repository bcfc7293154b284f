/**
 * An EPUB's zip container with fflate (a small, maintained zip library). Not epub-gen-memory: it fetches
 * images by URL, stamps the current time and a random id, and cannot set the spine's page progression, so its
 * books would differ on every build and could not be vertical. The OCF rules: `mimetype` first, stored (not
 * compressed), no extra field; every entry has the same fixed date, in a fixed order, so building twice gives
 * the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';

/** The date every entry carries (zip dates are local DOS dates; fflate writes this one as given). */
const entryDate = new Date(2000, 0, 1, 0, 0, 0);

/** The book's files by path inside the container, written in the order given after `mimetype`. */
export function epubZip(files: ReadonlyArray<readonly [string, string | Uint8Array]>): Uint8Array {
  const bytes = (content: string | Uint8Array) =>
    typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const entries: Zippable = { mimetype: [bytes('application/epub+zip'), { level: 0 }] };
  for (const [name, content] of files) entries[name] = [bytes(content), { level: 9 }];
  return zipSync(entries, { mtime: entryDate });
}
