import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Script types a browser executes (HTML's "JavaScript MIME type essence match", and modules). */
const executable = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * `sha256-<base64>` of the text of every inline `<script>` a browser would run on this page (JSON-LD and
 * other data blocks are not scripts to CSP), sorted and without repeats. Parsed as a browser parses, so
 * the text hashed is the text the browser hashes.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName !== 'script' || node.properties.src !== undefined) return;
    const type = node.properties.type;
    if (!executable.test(typeof type === 'string' ? type.trim() : '')) return;
    hashes.add(`sha256-${createHash('sha256').update(toString(node), 'utf8').digest('base64')}`);
  });
  return [...hashes].sort();
}
