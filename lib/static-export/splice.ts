import type { Element } from 'hast';

/** A change to a document's text: replace `[start, end)` with `text` (an insertion when start = end). */
export type Edit = [start: number, end: number, text: string];

/** The edit that removes a parsed element (its source offsets), or undefined when it has no position. */
export function cut(node: Element): Edit | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end, ''];
}

/**
 * Apply edits to the original text, keeping every other byte as it was. Edits must not overlap: a parser's
 * elements never do, unless one contains the other, which is a bug in the caller.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let from = 0;
  for (const [start, end, replacement] of sorted) {
    if (start < from) throw new Error(`overlapping edits at offset ${start}`);
    out += text.slice(from, start) + replacement;
    from = end;
  }
  return out + text.slice(from);
}
