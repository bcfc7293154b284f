import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { frontmatterSchema, type Frontmatter } from './schema';
import { validateYaml } from './yaml';

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
  return validateYaml(yamlNode.value, frontmatterSchema, file, {
    firstLine,
    ruleId: 'frontmatter',
    what: 'frontmatter',
  }).data;
}
