import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { matchGloss, termId } from './glossary-syntax';

/**
 * Check inline glossary definitions (see glossary-syntax.ts) on the canonical tree: a term defined twice
 * would give two glossary entries the same id, so it fails the build at the second definition.
 */
export const remarkGlossaryCheck: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'heading') return;
      node.children.forEach((child, i) => {
        const next = node.children[i + 1];
        if (child.type !== 'strong' || next?.type !== 'text') return;
        const gloss = matchGloss(next.value);
        if (!gloss) return;
        const id = termId(gloss.english);
        const line = seen.get(id);
        if (line !== undefined) {
          file.message(
            `glossary term “${toString(child)}” (${gloss.english}) is defined twice (first on line ${line})`,
            {
              place: child.position,
              ruleId: 'duplicate-term',
              source: 'glossary',
            },
          );
        }
        seen.set(id, child.position?.start.line ?? 0);
      });
    });
  };
};
