import { limits } from '../content/limits';
import { frontmatterBlock } from '../content/frontmatter-block';

/** A block of markdown the parser should not be given: where it passes a limit, why, and its extent. */
export interface NestingProblem {
  /** 1-based line and column of the first character over the limit. */
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  /** Offsets of the block (lines between blank lines) it is in, `[start, end)`. */
  readonly block: readonly [number, number];
}

/**
 * One step at the start of a line: a quote `>` with its optional space, a list marker with the spaces
 * after it (its item's text starts there), or indentation.
 */
const lineStart = /(>[ \t]?)|((?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))|([ \t]+)/y;
/** An emphasis or strikethrough delimiter run, or a link or image opener. */
const inlineMark = /[*_~]+|!?\[/g;

/**
 * Offset in `line` where its containers pass the limit: each quote or list marker at the start of the line
 * is a level, and so are every two columns of indentation (a nested list item, or a quote inside one, is
 * indented under its parent's text). An upper bound of the depth the parser would build.
 */
function tooDeepAt(line: string): number | undefined {
  let depth = 0;
  let columns = 0;
  lineStart.lastIndex = 0;
  for (let step = lineStart.exec(line); step; step = lineStart.exec(line)) {
    if (step[3] === undefined) depth += 1;
    else columns += step[3].replace(/\t/g, '    ').length;
    if (depth + Math.floor(columns / 2) > limits.maxContainerDepth) return step.index;
  }
  return undefined;
}

/**
 * Find the blocks of markdown nested beyond the limits before it is parsed. micromark's time grows with the
 * square of nesting: 2,000 list markers on one line or 2,000 nested emphases take about 3 s, 50,000 quotes
 * 30 s, and a 256 KiB file holds 130,000. So deep containers and markup-dense blocks are refused up front,
 * one problem per block. Hand-written: the parser offers no limit. The parsed tree is checked again
 * (remark-nesting-limit), so this scan only has to bound the work, not be exact.
 */
export function scanNesting(text: string): NestingProblem[] {
  const problems: NestingProblem[] = [];
  // The frontmatter is not markdown (the YAML reader checks it).
  let offset = frontmatterBlock(text).end;
  let line = text.slice(0, offset).split('\n').length;
  let blockStart = offset;
  let marks = 0;
  let found: Omit<NestingProblem, 'block'> | undefined;
  const endBlock = (end: number) => {
    if (found) problems.push({ ...found, block: [blockStart, end] });
    found = undefined;
    marks = 0;
  };
  const check = (content: string): Omit<NestingProblem, 'block'> | undefined => {
    const deep = tooDeepAt(content);
    if (deep !== undefined)
      return {
        line,
        column: deep + 1,
        reason: `quotes and lists nested more than ${limits.maxContainerDepth} deep (each >, list marker or two columns of indentation at the start of a line is a level): flatten them`,
      };
    for (const mark of content.matchAll(inlineMark)) {
      marks += 1;
      if (marks > limits.maxInlineMarks)
        return {
          line,
          column: mark.index + 1,
          reason: `more than ${limits.maxInlineMarks} emphasis or link marks (*, _, ~, [) in one paragraph: split it or drop some markup`,
        };
    }
    return undefined;
  };
  for (const content of text.slice(offset).split('\n')) {
    if (content.trim() === '') {
      endBlock(offset);
      blockStart = offset + content.length + 1;
    } else found ??= check(content);
    offset += content.length + 1;
    line += 1;
  }
  endBlock(text.length);
  return problems;
}
