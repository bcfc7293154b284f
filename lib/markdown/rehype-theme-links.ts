import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { findAliases, type AliasEntry } from '../themes/match';

/** One mention of a theme in a paragraph of the canonical text. */
export interface ThemeMention {
  readonly themeId: string;
  /** Id of the paragraph (`p-12`). */
  readonly paragraphId: string;
  /** Canonical text of the whole paragraph and the mention's offsets in it. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by rehype-theme-links: every theme mention, in document order. */
    themeMentions: ThemeMention[];
  }
}

export interface RehypeThemeLinksOptions {
  /** Canonical aliases of every theme. Required. */
  readonly aliases: readonly AliasEntry[];
  /** URL of a theme's page. Required. */
  readonly href: (themeId: string) => string;
}

const noLinkInside = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sup']);

function isParagraph(node: Element): boolean {
  return typeof node.properties.id === 'string' && node.properties.id.startsWith('p-');
}

/** Link the first mention of each theme in each section (h2 to h2) and record every mention. */
function linkFirstMentions(parent: Element, options: RehypeThemeLinksOptions, linked: Set<string>): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (!noLinkInside.has(child.tagName)) linkFirstMentions(child, options, linked);
      return [child];
    }
    if (child.type !== 'text') return [child];
    const pieces: ElementContent[] = [];
    let last = 0;
    for (const match of findAliases(child.value, options.aliases)) {
      if (linked.has(match.themeId)) continue;
      linked.add(match.themeId);
      if (match.start > last) pieces.push({ type: 'text', value: child.value.slice(last, match.start) });
      pieces.push({
        type: 'element',
        tagName: 'a',
        properties: { href: options.href(match.themeId), className: ['theme-link'], dataTheme: match.themeId },
        children: [{ type: 'text', value: child.value.slice(match.start, match.end) } satisfies Text],
      });
      last = match.end;
    }
    if (last === 0) return [child];
    if (last < child.value.length) pieces.push({ type: 'text', value: child.value.slice(last) });
    return pieces;
  });
}

/**
 * Theme cross-links. Runs on the canonical tree after block ids and before script conversion, so links
 * and counts are identical in every variant. Mentions are counted in body paragraphs (not headings or
 * footnotes); the first mention of each theme in each section becomes a link to the theme page, never
 * inside a heading, link, footnote or code. All mentions go to `file.data.themeMentions`.
 */
export const rehypeThemeLinks: Plugin<[RehypeThemeLinksOptions], Root> = function (options) {
  return (tree: Root, file: VFile) => {
    const mentions: ThemeMention[] = [];
    let linked = new Set<string>();
    const visitBlock = (node: Element) => {
      if (node.tagName === 'section') return; // footnotes
      if (node.tagName === 'h2') linked = new Set();
      if (isParagraph(node)) {
        const text = toString(node);
        for (const m of findAliases(text, options.aliases)) {
          mentions.push({
            themeId: m.themeId,
            paragraphId: String(node.properties.id),
            text,
            start: m.start,
            end: m.end,
          });
        }
        linkFirstMentions(node, options, linked);
        return;
      }
      for (const child of node.children) if (child.type === 'element') visitBlock(child);
    };
    for (const child of tree.children) if (child.type === 'element') visitBlock(child);
    file.data.themeMentions = mentions;
  };
};
