import { limits } from '../content/limits';

/** Markdown the parser should not be given: where, the block it is in, and why. */
export interface NestingProblem {
  /** Offset of the first character over the limit. */
  readonly offset: number;
  /** Offset of the block (lines between blank lines) it is in: the text before it is safe to parse. */
  readonly blockStart: number;
  readonly reason: string;
}

/**
 * One step at the start of a line: a quote `>` with its optional space, a list marker with the spaces
 * after it (its item's text starts there), or indentation.
 */
const lineStart = /(>[ \t]?)|((?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))|([ \t]+)/y;
/** An emphasis or strikethrough delimiter run, or a link or image opener. */
const inlineMark = /[*_~]+|!?\[/g;
/** YAML frontmatter: not markdown, and checked by the YAML reader. */
const frontmatter = /^---\n[\s\S]*?\n---(?:\n|$)/;

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
 * Find markdown nested beyond the limits before it is parsed. micromark's time grows with the square of
 * nesting: 2,000 list markers on one line or 2,000 nested emphases take about 3 s, 50,000 quotes 30 s,
 * and a 256 KiB file holds 130,000. So deep containers and markup-dense blocks are refused up front.
 * Hand-written: the parser offers no limit. The parsed tree is checked again (remark-nesting-limit), so
 * this scan only has to bound the work, not be exact.
 */
export function scanNesting(text: string): NestingProblem | undefined {
  let offset = frontmatter.exec(text)?.[0].length ?? 0;
  let blockStart = offset;
  let marks = 0;
  for (const line of text.slice(offset).split('\n')) {
    if (line.trim() === '') {
      blockStart = offset + line.length + 1;
      marks = 0;
    }
    const deep = tooDeepAt(line);
    if (deep !== undefined)
      return {
        offset: offset + deep,
        blockStart,
        reason: `quotes and lists nested more than ${limits.maxContainerDepth} deep (each >, list marker or two columns of indentation at the start of a line is a level): flatten them`,
      };
    for (const mark of line.matchAll(inlineMark)) {
      marks += 1;
      if (marks > limits.maxInlineMarks)
        return {
          offset: offset + mark.index,
          blockStart,
          reason: `more than ${limits.maxInlineMarks} emphasis or link marks (*, _, ~, [) in one paragraph: split it or drop some markup`,
        };
    }
    offset += line.length + 1;
  }
  return undefined;
}
