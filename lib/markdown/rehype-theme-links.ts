import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { findAliases, withoutExcluded, type AliasEntry, type AliasMatch } from '../themes/match';
import { isParagraphId } from '../ids/block-id';

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
    /** Set by rehype-theme-links: alias matches left out by `skip` (theme, paragraph), for checks. */
    themeSkipped: { themeId: string; paragraphId: string }[];
  }
}

export interface RehypeThemeLinksOptions {
  /** Canonical aliases of every theme. Required. */
  readonly aliases: readonly AliasEntry[];
  /** URL of a theme's page. Required. */
  readonly href: (themeId: string) => string;
  /** Phrases in which an alias is not its theme (content/themes.yaml `exclude`). */
  readonly exclude?: readonly AliasEntry[];
  /** Paragraphs a theme is left out of: `notIn` rules, and on English pages those without a Chinese mention. */
  readonly skip?: (themeId: string, paragraphId: string) => boolean;
}

/** At most this many theme links in one paragraph (more read as noise; the rest stay plain text). */
export const maxThemeLinksPerParagraph = 2;

const noLinkInside = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sup']);

function isParagraph(node: Element): boolean {
  return isParagraphId(node.properties.id);
}

/** A paragraph's matches in the theme's sense: not inside an excluded phrase, not in a skipped paragraph. */
function inSense(text: string, paragraphId: string, options: RehypeThemeLinksOptions): AliasMatch[] {
  const matches = withoutExcluded(text, findAliases(text, options.aliases), options.exclude ?? []);
  return options.skip ? matches.filter((m) => !options.skip!(m.themeId, paragraphId)) : matches;
}

/**
 * Link the first mention of each theme in each section (h2 to h2), at most `budget.left` in the paragraph.
 */
function linkFirstMentions(
  parent: Element,
  paragraphId: string,
  options: RehypeThemeLinksOptions,
  linked: Set<string>,
  budget: { left: number },
): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      if (!noLinkInside.has(child.tagName)) linkFirstMentions(child, paragraphId, options, linked, budget);
      return [child];
    }
    if (child.type !== 'text') return [child];
    const pieces: ElementContent[] = [];
    let last = 0;
    for (const match of inSense(child.value, paragraphId, options)) {
      if (linked.has(match.themeId) || budget.left === 0) continue;
      linked.add(match.themeId);
      budget.left -= 1;
      if (match.start > last) pieces.push({ type: 'text', value: child.value.slice(last, match.start) });
      pieces.push({
        type: 'element',
        tagName: 'a',
        properties: { href: options.href(match.themeId), className: ['theme-link'], dataTopic: match.themeId },
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
 * footnotes), in the theme's sense (`exclude`, `skip`); the first mention of each theme in each section
 * becomes a link to the theme page, at most two links a paragraph, never inside a heading, link, footnote
 * or code. All mentions go to `file.data.themeMentions` (the counts on chips and the map: mentions, not
 * links).
 */
export const rehypeThemeLinks: Plugin<[RehypeThemeLinksOptions], Root> = function (options) {
  return (tree: Root, file: VFile) => {
    const mentions: ThemeMention[] = [];
    const skipped: { themeId: string; paragraphId: string }[] = [];
    let linked = new Set<string>();
    const visitBlock = (node: Element) => {
      if (node.tagName === 'section') return; // footnotes
      if (node.tagName === 'h2') linked = new Set();
      if (isParagraph(node)) {
        const text = toString(node);
        const paragraphId = String(node.properties.id);
        const matches = withoutExcluded(text, findAliases(text, options.aliases), options.exclude ?? []);
        for (const m of matches) {
          if (options.skip?.(m.themeId, paragraphId)) skipped.push({ themeId: m.themeId, paragraphId });
          else mentions.push({ themeId: m.themeId, paragraphId, text, start: m.start, end: m.end });
        }
        linkFirstMentions(node, paragraphId, options, linked, { left: maxThemeLinksPerParagraph });
        return;
      }
      for (const child of node.children) if (child.type === 'element') visitBlock(child);
    };
    for (const child of tree.children) if (child.type === 'element') visitBlock(child);
    file.data.themeMentions = mentions;
    file.data.themeSkipped = skipped;
  };
};
