/**
 * Where a markdown source's YAML frontmatter is, read from its raw text: the `---` block at the very start
 * (what remark-frontmatter parses as the `yaml` node). One pattern for every reader of raw sources: the
 * nesting scan skips it, the regional check and the English lint place their problems inside it.
 */
const block = /^---\n([\s\S]*?)\n---(?:\n|$)/;

export interface FrontmatterBlock {
  /** The YAML between the fences ('' when there is none). */
  readonly yaml: string;
  /** The file line the YAML starts on (after the opening `---`). */
  readonly firstLine: number;
  /** Length of the whole block with its fences: where the markdown starts (0 when there is none). */
  readonly end: number;
}

export function frontmatterBlock(text: string): FrontmatterBlock {
  const match = block.exec(text);
  return { yaml: match?.[1] ?? '', firstLine: 2, end: match?.[0].length ?? 0 };
}
