import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { expect } from 'vitest';

/**
 * Run a transform that may add only elements (`<wbr>`, `<keep-end>`, …) over an HTML fragment: asserts the
 * text is unchanged and returns the HTML it made.
 */
export function elementOnlyTransform(html: string, transform: (tree: Root) => void): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const before = toString(tree);
  transform(tree);
  expect(toString(tree)).toBe(before);
  return toHtml(tree);
}
