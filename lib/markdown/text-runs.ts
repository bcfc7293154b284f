import type { Element, Parents, Root, Text } from 'hast';

/** A stretch of text that lays out as one flow: the text nodes of a block's inline content, in order. */
export interface TextRun {
  /** The nearest block around the run (`p`, `li`, `h2` …), or undefined at the root. */
  readonly block: string | undefined;
  readonly nodes: readonly { readonly node: Text; readonly parent: Parents }[];
}

/** Elements that start a new line of text: a run never continues into, out of or across one. */
const blockTags = new Set([
  ...['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure'],
  ...['footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section'],
  ...['summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'br'],
]);
/** Left out, and a run ends at them: code, and anything marked as another language than Chinese. */
export function isOpaque(node: Element): boolean {
  const lang = node.properties.lang;
  if (typeof lang === 'string' && !lang.toLowerCase().startsWith('zh')) return true;
  return ['code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg'].includes(node.tagName);
}

/** Every run of text in a tree, in document order. */
export function textRuns(tree: Root): TextRun[] {
  const runs: TextRun[] = [];
  let current: { block: string | undefined; nodes: TextRun['nodes'][number][] } = { block: undefined, nodes: [] };
  const close = (block: string | undefined) => {
    if (current.nodes.length > 0) runs.push(current);
    current = { block, nodes: [] };
  };
  const walk = (parent: Parents, block: string | undefined) => {
    for (const child of parent.children) {
      if (child.type === 'text') current.nodes.push({ node: child, parent });
      if (child.type !== 'element') continue;
      if (isOpaque(child)) close(block);
      else if (blockTags.has(child.tagName)) {
        close(child.tagName);
        walk(child, child.tagName);
        close(block);
      } else walk(child, block);
    }
  };
  walk(tree, undefined);
  close(undefined);
  return runs;
}

/** The text of a run. */
export function runText(run: TextRun): string {
  return run.nodes.map(({ node }) => node.value).join('');
}

/**
 * Put a `<wbr>` at each offset (UTF-16, into {@link runText}) strictly inside the run. An offset at the
 * start of a text node goes just before that node, in its parent. The text is unchanged: `<wbr>` has none.
 */
export function insertWbr(run: TextRun, offsets: Iterable<number>): void {
  const at = [...new Set(offsets)].sort((a, b) => a - b);
  let start = 0;
  for (const { node, parent } of run.nodes) {
    const end = start + node.value.length;
    const cuts = at.filter((offset) => offset > 0 && offset >= start && offset < end).map((o) => o - start);
    if (cuts.length > 0) {
      const pieces: (Text | Element)[] = [];
      let from = 0;
      for (const cut of [...cuts, node.value.length]) {
        if (cut > from) pieces.push({ type: 'text', value: node.value.slice(from, cut) });
        if (cut < node.value.length) pieces.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
        from = cut;
      }
      const children = parent.children as (typeof parent.children)[number][];
      children.splice(children.indexOf(node), 1, ...pieces);
    }
    start = end;
  }
}

/**
 * Wrap single characters of a run in elements of their own: `tagAt` names the element for the character at an
 * offset (UTF-16, into {@link runText}), or nothing. The element goes inside whatever element holds the
 * character; the text is unchanged.
 */
export function wrapCharacters(run: TextRun, tagAt: (offset: number) => string | undefined): void {
  let start = 0;
  for (const { node, parent } of run.nodes) {
    const end = start + node.value.length;
    const pieces: (Text | Element)[] = [];
    let from = 0;
    for (let i = 0; i < node.value.length; i += 1) {
      const tagName = tagAt(start + i);
      if (tagName === undefined) continue;
      if (i > from) pieces.push({ type: 'text', value: node.value.slice(from, i) });
      pieces.push({ type: 'element', tagName, properties: {}, children: [{ type: 'text', value: node.value[i]! }] });
      from = i + 1;
    }
    if (pieces.length > 0) {
      if (from < node.value.length) pieces.push({ type: 'text', value: node.value.slice(from) });
      const children = parent.children as (typeof parent.children)[number][];
      children.splice(children.indexOf(node), 1, ...pieces);
    }
    start = end;
  }
}
