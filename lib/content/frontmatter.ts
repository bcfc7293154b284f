import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
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

  /** Line of the deepest node that exists on a path (a missing key: the frontmatter's first line). */
  const placeOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node: unknown = doc.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return at(node.range[0]);
      // A key with a null value has no value node; point at the key itself.
      const key = depth === 1 ? findPairKey(doc.contents, path[0]) : undefined;
      if (key !== undefined) return at(key);
    }
    return { line: firstLine, column: 1 };
  };
  for (const issue of result.error.issues) {
    // An unknown key is reported on its parent; point at the key itself.
    const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
    const reason =
      unknownKey !== undefined
        ? `unknown field (allowed: ${Object.keys(frontmatterSchema.shape).join(', ')})`
        : doc.hasIn(path as (string | number)[])
          ? issue.message
          : 'required field is missing';
    file.message(`frontmatter "${path.join('.') || '(root)'}": ${reason}`, {
      place: placeOf(path),
      ruleId: 'frontmatter',
      source: 'content',
    });
  }
  return undefined;
}

/** Offset of a top-level key in the YAML mapping. */
function findPairKey(contents: unknown, name: PropertyKey | undefined): number | undefined {
  if (!isMap(contents)) return undefined;
  for (const item of contents.items) {
    if (isScalar(item.key) && item.key.value === name && item.key.range) return item.key.range[0];
  }
  return undefined;
}
