import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** The title (frontmatter) is the page's one `<h1>`: a level-1 heading in a body is a build error. */
export const remarkRejectTitleHeading: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, 'heading', (node) => {
      if (node.depth !== 1) return;
      file.message('a level-1 heading (# …): the title is the only level-1 heading; use ## for a section', {
        place: node.position,
        ruleId: 'no-h1',
        source: 'content',
      });
    });
  };
};
