import { createHash } from 'node:crypto';

/**
 * A book's dc:identifier: a name-based UUID (RFC 9562 version 5 layout over SHA-1) of the book's path, so the
 * same book has the same id in every build and a reader app sees a rebuilt book as the same book.
 */
export function bookIdentifier(bookPath: string): string {
  const hash = createHash('sha1').update(`ai-work-reader:epub:${bookPath}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
