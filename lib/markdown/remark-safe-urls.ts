import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface RemarkSafeUrlsOptions {
  /** Allowed URL schemes. Default: http, https, mailto. Relative URLs and `#anchors` are always allowed. */
  readonly protocols?: readonly string[];
}

/**
 * Links and images may only point to http(s)/mailto or inside the site. Anything else (`javascript:`,
 * `data:`, `vbscript:` …) is a build error, and the URL is emptied so it cannot reach the output. Images
 * must be on the site itself (`/…` or relative): the pages' CSP blocks any other host.
 */
export const remarkSafeUrls: Plugin<[RemarkSafeUrlsOptions?], Root> = function ({
  protocols = ['http', 'https', 'mailto'],
} = {}) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
      const compact = node.url.replace(/[\u0000-\u0020]/g, '');
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
      if (scheme !== undefined && !protocols.includes(scheme)) {
        file.message(`unsafe URL scheme "${scheme}:" in ${node.type}`, {
          place: node.position,
          ruleId: 'unsafe-url',
          source: 'content',
        });
        node.url = '';
      } else if (node.type === 'image' && (scheme !== undefined || compact.startsWith('//'))) {
        // Pages allow images from the site only (CSP `img-src 'self'`, lib/headers/csp.ts): a reader would see
        // a broken image.
        file.message(
          `image not on the site (${node.url}): the pages' policy (img-src 'self') blocks images from other hosts; put the file in public/ and link it as /<name>`,
          { place: node.position, ruleId: 'remote-image', source: 'content' },
        );
        node.url = '';
      }
    });
  };
};
