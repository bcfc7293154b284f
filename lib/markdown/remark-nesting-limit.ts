import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Point } from 'unist';
import { limits } from '../content/limits';
import { scanNesting } from './nesting-scan';

/** Where the tree was cut, per parsed tree (set while parsing, read right after). */
const cuts = new WeakMap<Root, Point>();

/**
 * Cut the tree below `limits.maxTreeDepth`, iteratively, and note where. Runs as the first of the
 * parser's own tree transforms, before GFM's (which walk the tree recursively) and every plugin after:
 * nothing recursive ever sees a deeper tree.
 */
function cutDeepNodes(tree: Root): undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (!('children' in node) || node.children.length === 0) continue;
    if (depth === limits.maxTreeDepth) {
      if (!cuts.has(tree)) cuts.set(tree, node.children[0]?.position?.start ?? { line: 1, column: 1 });
      node.children = [];
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push([node.children[i]!, depth + 1]);
  }
  return undefined;
}

/** The text with each block's characters but its line breaks made spaces: lines and offsets stay. */
function blank(text: string, blocks: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of blocks) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Refuse markdown nested deeper than the limits (lib/content/limits.ts), as a problem at its line, before
 * anything walks it recursively: a line scan before parsing (deep quotes and lists, markup-dense blocks,
 * which would make the parser slow; such a block is not parsed, the rest of the file is) and a depth
 * check of the parsed tree (which cuts it). Must come right after remark-parse: it wraps the parser.
 */
export const remarkNestingLimit: Plugin<[], Root> = function () {
  const data = this.data();
  (data.fromMarkdownExtensions ??= []).push({ transforms: [cutDeepNodes] });
  const parse = this.parser;
  if (!parse) throw new Error('remarkNestingLimit must come after remark-parse');
  this.parser = (document, file) => {
    const report = (reason: string, place: Point) =>
      file.message(reason, { place, ruleId: 'nesting', source: 'content' });
    const refused = scanNesting(document);
    for (const { reason, line, column } of refused) report(reason, { line, column });
    const tree = parse(
      blank(
        document,
        refused.map((p) => p.block),
      ),
      file,
    ) as Root;
    const cut = cuts.get(tree);
    if (cut)
      report(
        `markdown nested more than ${limits.maxTreeDepth} levels deep (emphasis, links, quotes or lists inside each other): flatten it`,
        cut,
      );
    return tree;
  };
};
