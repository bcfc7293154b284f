import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import { articlePath } from '../site';

/**
 * Links from the site's own pages to an essay. The source writes them without an edition,
 * `[《AI辞职信》](/articles/ai-resignation-letters/)`, so one Chinese source serves 简体, 繁體 and 港 and the
 * link names the essay by its slug, not by a title the build would have to recognise in every script and
 * short form (《“好的泡沫”》 is a short title; a title-matching linker would miss it or link a quotation).
 * Each edition's render points the link at its own edition ({@link localiseEssayLinks}).
 */
const essayHref = /^\/articles\/([a-z0-9-]+)\/$/;

/** The essay a source link names, or undefined for any other link. */
export function essayLinkSlug(url: string): string | undefined {
  return essayHref.exec(url)?.[1];
}

/**
 * The 导读 links every essay of the reading order exactly once, and nothing that is not an essay: a reader
 * can open each essay from where the 导读 names it, and a renamed or removed essay fails the build at the
 * link's line. `file` is the path shown before `:line:column`.
 */
export function guideLinkProblems(tree: MdastRoot, order: readonly string[], file: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  visit(tree, 'link', (node) => {
    const slug = essayLinkSlug(node.url);
    const start = node.position?.start;
    const place = `${file}:${start?.line ?? 1}:${start?.column ?? 1}`;
    if (node.url.startsWith('/articles/') && !slug) problems.push(`${place}: "${node.url}" is not /articles/<slug>/`);
    if (!slug) return;
    if (!order.includes(slug)) problems.push(`${place}: links "${slug}", which is not in the reading order`);
    else if (seen.has(slug))
      problems.push(`${place}: links "${slug}" a second time (line ${seen.get(slug)}); link each essay once`);
    else seen.set(slug, start?.line ?? 1);
  });
  for (const slug of order)
    if (!seen.has(slug))
      problems.push(`${file}:1:1: the 导读 never links the essay "${slug}": write [《title》](/articles/${slug}/)`);
  return problems;
}

/** Point a rendered page's essay links at the edition being rendered (and mark them for the tests). */
export function localiseEssayLinks(tree: HastRoot, variant: string): HastRoot {
  visit(tree, 'element', (node: Element) => {
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    const slug = typeof href === 'string' ? essayLinkSlug(href) : undefined;
    if (!slug) return;
    node.properties.href = articlePath(variant, slug);
    node.properties.dataEssayLink = slug;
  });
  return tree;
}
