/** The nesting limits at their edges: the line scan before parsing and the depth check after. */
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { limits } from '@/lib/content/limits';
import { scanNesting } from '@/lib/markdown/nesting-scan';
import { parseSource } from '@/lib/markdown/processor';

const max = limits.maxContainerDepth;
const indentedList = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n');
const problems = (md: string) => {
  const file = new VFile({ value: md });
  const tree = parseSource(file);
  return { reasons: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`), tree };
};

describe('line scan', () => {
  test('quotes and list markers on one line: up to the limit', () => {
    expect(scanNesting(`${'> '.repeat(max)}正文`)).toEqual([]);
    expect(scanNesting(`${'> '.repeat(max + 1)}正文`)).toMatchObject([{ line: 1, column: 2 * max + 1 }]);
    expect(scanNesting(`${'- '.repeat(max)}正文`)).toEqual([]);
    expect(scanNesting(`${'1. '.repeat(max + 1)}正文`)[0]?.reason).toMatch(/nested more than 16 deep/);
  });

  test('a list nested by indentation: up to the limit', () => {
    expect(scanNesting(indentedList(max))).toEqual([]);
    const text = `导言。\n\n${indentedList(max + 1)}\n\n结语。`;
    expect(scanNesting(text)).toEqual([
      expect.objectContaining({ line: max + 3, column: 2 * max + 1, block: [5, text.lastIndexOf('\n\n') + 1] }),
    ]);
  });

  test('a quote continued under a list item counts its indentation', () => {
    expect(scanNesting(`${'> '.repeat(max - 1)}  - 项`)).toHaveLength(1);
  });

  test('frontmatter is not scanned; a blank line starts a new count of marks', () => {
    expect(scanNesting(`---\n${'- '.repeat(40)}x: 1\n---\n\n正文`)).toEqual([]);
    const marks = (n: number) => '*强调* '.repeat(n / 2);
    expect(scanNesting(`${marks(limits.maxInlineMarks)}\n\n${marks(limits.maxInlineMarks)}`)).toEqual([]);
    expect(scanNesting(`${marks(limits.maxInlineMarks)}\n${marks(2)}`)[0]?.reason).toMatch(/more than 256 emphasis/);
  });
});

test('a refused block is not parsed; the rest of the file is, at the same lines', () => {
  const { reasons, tree } = problems(`正文[^1]。\n\n${'> '.repeat(max + 1)}深\n\n[^1]: 注释。`);
  expect(reasons).toEqual([expect.stringMatching(/^3:33 quotes and lists nested more than 16 deep/)]);
  expect(tree.children.map((n) => `${n.type}@${n.position?.start.line}`)).toEqual([
    'paragraph@1',
    'footnoteDefinition@5',
  ]);
});

test('the parsed tree may be 64 levels deep, no deeper', () => {
  const nested = (n: number) => `${'*a '.repeat(n)}x${' b*'.repeat(n)}`;
  // root > paragraph > 62 emphases > text: 64 levels.
  expect(problems(nested(62)).reasons).toEqual([]);
  expect(problems(nested(63)).reasons).toEqual([expect.stringMatching(/nested more than 64 levels deep/)]);
});
