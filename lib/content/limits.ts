/**
 * Limits on content, one place for every number (documented in docs/decisions.md, "Limits on content").
 * Each has wide headroom over the sources of today and stops a hostile or broken file long before it can
 * exhaust time, memory or the call stack.
 */
export const limits = {
  /**
   * Largest file accepted, in bytes, checked before it is read. Today's largest: essay 25,332 B, translation
   * 53,743 B, id ledger 23,511 B, themes.yaml 12 KB, phrase dictionary 713 B.
   */
  maxBytes: { markdown: 256 * 1024, yaml: 256 * 1024, tsv: 64 * 1024 },
  /**
   * Characters in an essay's slug: it names files (`<slug>.en.yaml`, share images) and URL segments, and a
   * file name is at most 255 bytes. Today's longest: 26 (ai-strike-human-involution).
   */
  maxSlugLength: 80,
  /** Quotes and list items inside each other, estimated per line before parsing. Today: 1. */
  maxContainerDepth: 16,
  /** Emphasis and link marks (`*`, `_`, `~`, `[`) in one block of lines, counted before parsing. Today: 15. */
  maxInlineMarks: 256,
  /** Levels of the parsed markdown tree, root to deepest text (quotes, lists, emphasis …). Today: 5. */
  maxTreeDepth: 64,
  /** YAML aliases (`*name`): none; content spells every value out (yaml's `maxAliasCount`). */
  maxYamlAliases: 0,
  /**
   * Share of all body paragraphs (across the essays) one theme alias may match in: Chinese aliases in the
   * Chinese, English ones in the English. Today's highest: involution 31 of 284 (10.9%), 内卷 22 (7.7%);
   * 工作 would be 18%, "the" 88%.
   */
  maxAliasShare: 0.15,
} as const;
