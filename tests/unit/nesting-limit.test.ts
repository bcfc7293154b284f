/** The nesting limits at their edges: the line scan before parsing and the depth check after. */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { limits } from '@/lib/content/limits';
import { scanNesting } from '@/lib/markdown/nesting-scan';
import { parseSource } from '@/lib/markdown/processor';

const max = limits.maxContainerDepth;
const indentedList = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n');

describe('line scan', () => {
  test('quotes and list markers on one line: up to the limit', () => {
    expect(scanNesting(`${'> '.repeat(max)}正文`)).toBeUndefined();
    expect(scanNesting(`${'> '.repeat(max + 1)}正文`)).toMatchObject({ offset: 2 * max, blockStart: 0 });
    expect(scanNesting(`${'- '.repeat(max)}正文`)).toBeUndefined();
    expect(scanNesting(`${'1. '.repeat(max + 1)}正文`)?.reason).toMatch(/nested more than 16 deep/);
  });

  test('a list nested by indentation: up to the limit', () => {
    expect(scanNesting(indentedList(max))).toBeUndefined();
    const found = scanNesting(`导言。\n\n${indentedList(max + 1)}`);
    expect(found).toMatchObject({ offset: indentedList(max + 1).lastIndexOf('-') + 5, blockStart: 5 });
  });

  test('a quote continued under a list item counts its indentation', () => {
    const line = `${'> '.repeat(max - 1)}  - 项`; // quotes, then a list item indented under another one
    expect(scanNesting(line)).toBeDefined();
  });

  test('frontmatter is not scanned; a blank line starts a new count of marks', () => {
    expect(scanNesting(`---\n${'- '.repeat(40)}x: 1\n---\n\n正文`)).toBeUndefined();
    const marks = (n: number) => '*强调* '.repeat(n / 2);
    expect(scanNesting(`${marks(limits.maxInlineMarks)}\n\n${marks(limits.maxInlineMarks)}`)).toBeUndefined();
    expect(scanNesting(`${marks(limits.maxInlineMarks)}\n${marks(2)}`)?.reason).toMatch(/more than 256 emphasis/);
  });
});

test('the parsed tree may be 64 levels deep, no deeper', () => {
  const nested = (n: number) => `${'*a '.repeat(n)}x${' b*'.repeat(n)}`;
  const problems = (md: string) => {
    const file = new VFile({ value: md });
    parseSource(file);
    return file.messages.map((m) => m.reason);
  };
  // root > paragraph > 62 emphases > text: 64 levels.
  expect(problems(nested(62))).toEqual([]);
  expect(problems(nested(63))).toEqual([expect.stringMatching(/nested more than 64 levels deep/)]);
});
