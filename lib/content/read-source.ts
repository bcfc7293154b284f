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

/** Characters that show nothing yet change text: zero-width characters and bidi controls. */
const invisibleNames: Readonly<Record<number, string>> = {
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
const invisible = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Reported per file at most (the first ones, in order): enough to find the pattern. */
const maxInvisibleReports = 20;

/**
 * Every zero-width character and bidi control (U+200B–200F, U+202A–202E, U+2066–2069, U+FEFF past the
 * start), each at its line:column with what it is and why it is refused. None is needed in Chinese or
 * English prose; in a one-line field (a title, slug, summary, any YAML value) they make a name display
 * other than it reads or compares (Trojan Source), and in body text they split words for search and
 * theme matching and travel invisibly into copied text.
 */
function invisibleProblems(rel: string, text: string, kind: SourceKind): string[] {
  const frontmatterEnd = kind === 'markdown' && text.startsWith('---\n') ? text.indexOf('\n---', 3) : -1;
  const problems: string[] = [];
  for (const found of text.matchAll(invisible)) {
    if (found.index === 0) continue; // a BOM, refused by its own rule
    const code = found[0].codePointAt(0)!;
    const bidi = (code >= 0x200e && code <= 0x200f) || (code >= 0x202a && code <= 0x2069);
    const what = `${bidi ? 'bidi control' : 'zero-width character'} U+${code.toString(16).toUpperCase()} (${invisibleNames[code]})`;
    const body = kind === 'markdown' && found.index > frontmatterEnd;
    const field = kind === 'tsv' ? 'a dictionary entry' : kind === 'yaml' ? 'a YAML value' : 'the frontmatter';
    const where = body
      ? 'in body text: invisible, it splits words for search and theme matching and is copied along with the text'
      : bidi
        ? `in ${field}: it makes a title, name or slug display in another order than it reads`
        : `in ${field}: a value with it looks the same as one without it, and is not`;
    if (problems.length === maxInvisibleReports) {
      problems.push(`${rel}:${placeAt(text, found.index)}: more invisible characters follow; remove them all`);
      break;
    }
    problems.push(`${rel}:${placeAt(text, found.index)}: ${what} ${where}; remove it`);
  }
  return problems;
}

/**
 * Read a content file the one way every content file is read: refused when larger than its kind's limit
 * (before reading it), then decoded as strict UTF-8; a BOM, CR line endings, NUL, U+FFFD, zero-width
 * characters and bidi controls, or an empty file are refused, each at its line:column with how to fix it. Throws a {@link ContentError} listing them.
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
  problems.push(...invisibleProblems(rel, text, kind));
  if (problems.length > 0) throw new ContentError(problems);
  return new VFile({ path: rel, value: text });
}
