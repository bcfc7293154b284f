import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { frontmatterSchema, type Frontmatter } from './schema';

/**
 * Read and validate the YAML frontmatter of a parsed file. Every problem becomes a message on `file`
 * at the line of the offending key (or of the frontmatter block when a key is missing).
 * Returns the data only when it is valid.
 */
export function readFrontmatter(tree: Root, file: VFile): Frontmatter | undefined {
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode) {
    file.message('missing frontmatter: the file must start with a --- YAML block', {
      place: { line: 1, column: 1 },
      ruleId: 'frontmatter',
      source: 'content',
    });
    return undefined;
  }
  // Lines inside the YAML block are offset by the opening `---`.
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlNode.value, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      file.message(`invalid YAML in frontmatter: ${error.message.split('\n')[0]}`, {
        place: at(error.pos[0]),
        ruleId: 'frontmatter',
        source: 'content',
      });
    }
    return undefined;
  }

  const result = frontmatterSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    // Point at the deepest node that exists on the issue's path.
    let place = { line: firstLine - 1, column: 1 };
    for (let depth = issue.path.length; depth >= 0; depth -= 1) {
      const node: unknown = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) {
        place = at(node.range[0]);
        break;
      }
      // A key with a null value has no node; point at the key itself.
      const pair = depth > 0 ? findPairKey(doc.contents, issue.path.slice(0, depth)) : undefined;
      if (pair !== undefined) {
        place = at(pair);
        break;
      }
    }
    file.message(`frontmatter ${key ? `"${key}"` : ''}: ${issue.message}`.replace('  ', ' '), {
      place,
      ruleId: 'frontmatter',
      source: 'content',
    });
  }
  return undefined;
}

function findPairKey(contents: unknown, path: PropertyKey[]): number | undefined {
  if (path.length !== 1 || !contents || typeof contents !== 'object' || !('items' in contents)) return undefined;
  const items = (contents as { items: { key?: unknown }[] }).items;
  for (const item of items) {
    const key = item.key;
    if (isNode(key) && key.range && (key as { value?: unknown }).value === path[0]) return key.range[0];
  }
  return undefined;
}
