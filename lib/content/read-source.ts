import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { ContentError } from './errors';
import { limits } from './limits';

export type SourceKind = keyof typeof limits.maxBytes;

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** `line:column` of an offset (columns in UTF-16 units, as the parsers count them), for a problem's prefix. */
function placeAt(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`;
}

/**
 * Where strict decoding failed: the first U+FFFD of a lenient decoding that the bytes do not spell (EF BF BD).
 * Hand-written because TextDecoder throws without saying where; up to that point every character is the
 * bytes' own, so the byte offset is counted along.
 */
function firstInvalidByte(bytes: Uint8Array): { offset: number; byte: number; text: string } {
  const text = lenient.decode(bytes);
  let byte = 0;
  let offset = 0;
  for (const char of text) {
    const spelled = bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd;
    if (char === '\uFFFD' && !spelled) break;
    byte += Buffer.byteLength(char);
    offset += char.length;
  }
  return { offset, byte, text };
}

/** Problems with the text itself, each at its first occurrence: what it is and how to fix it. */
const textRules: readonly { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^\uFEFF/,
    reason: 'the file starts with a byte order mark (BOM): save it as UTF-8 without BOM',
  },
  {
    pattern: /\r/,
    reason:
      'carriage return (Windows CRLF line endings): save the file with LF line endings (your editor\'s "LF" setting, or `git config core.autocrlf input` and check it out again)',
  },
  { pattern: /\0/, reason: 'NUL character (U+0000): remove it; the file may not be text' },
  {
    pattern: /\uFFFD/,
    reason: 'replacement character U+FFFD (�): a character was lost in an earlier conversion; restore the original',
  },
];

/**
 * Read a content file the one way every content file is read: refused when larger than its kind's limit
 * (before reading it), then decoded as strict UTF-8; a BOM, CR line endings, NUL, U+FFFD or an empty file
 * are refused, each at its line:column with how to fix it. Throws a {@link ContentError} listing them.
 */
export function readSource(absolute: string, kind: SourceKind): VFile {
  const rel = path.relative(process.cwd(), absolute);
  const max = limits.maxBytes[kind];
  const size = statSync(absolute).size;
  if (size > max)
    throw new ContentError([
      `${rel}:1:1: the file is ${size.toLocaleString('en')} bytes; a ${kind} source may be at most ${max.toLocaleString('en')} bytes (docs/decisions.md, "Limits on content")`,
    ]);
  const bytes = readFileSync(absolute);
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    const hex = (bytes[bad.byte] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new ContentError([
      `${rel}:${placeAt(bad.text, bad.offset)}: invalid UTF-8 (byte 0x${hex} at byte ${bad.byte}): save the file as UTF-8`,
    ]);
  }
  if (text.trim() === '') throw new ContentError([`${rel}:1:1: the file is empty`]);
  const problems = textRules.flatMap(({ pattern, reason }) => {
    const found = pattern.exec(text);
    return found ? [`${rel}:${placeAt(text, found.index)}: ${reason}`] : [];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return new VFile({ path: rel, value: text });
}
