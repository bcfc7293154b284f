import type { Element, Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { formatMessages } from '../content/errors';
import type { Frontmatter } from '../content/schema';
import { bodyBlocks } from '../markdown/body-blocks';
import type { ThemeMention } from '../markdown/rehype-theme-links';
import type { ThemeRegistry } from '../themes/registry';
import type { AlignmentTarget } from '../translation/load';
import type { Ledger } from '../ids/ledger';

/**
 * What a translation must match: the Chinese blocks (with the texts and retired ids of the id ledger),
 * footnotes and footnote references.
 */
export function alignmentTarget(
  body: HastRoot,
  fm: Pick<Frontmatter, 'outlet' | 'sourceNote'>,
  ledger: Ledger,
): AlignmentTarget {
  const blocks = bodyBlocks(body);
  const refs = new Map<string, string[]>();
  for (const block of blocks) {
    const found: string[] = [];
    visit(block, 'element', (node: Element) => {
      if (node.properties.dataFootnoteRef !== undefined) found.push(String(node.properties.href).replace(/^#fn-/, ''));
    });
    refs.set(String(block.properties.id), found);
  }
  const footnoteIds: string[] = [];
  visit(body, 'element', (node: Element) => {
    if (node.tagName === 'li' && typeof node.properties.id === 'string' && node.properties.id.startsWith('fn-')) {
      footnoteIds.push(node.properties.id.slice(3));
    }
  });
  return {
    blockIds: blocks.map((b) => String(b.properties.id)),
    texts: new Map(ledger.blocks.map((b) => [b.id, b.text])),
    retiredIds: new Set(ledger.retired.map((r) => r.id)),
    footnoteIds,
    footnoteRefs: refs,
    headingIds: blocks.filter((b) => /^h[1-6]$/.test(b.tagName)).map((b) => String(b.properties.id)),
    fields: { outlet: fm.outlet !== undefined, sourceNote: fm.sourceNote !== undefined },
  };
}

/**
 * The registry against the essays: every alias must occur somewhere and every theme in at least two essays
 * (that is what a cross-link is for). Returns problems at themes.yaml lines.
 */
export function themeUsageProblems(
  registry: ThemeRegistry,
  essays: readonly { readonly slug: string; readonly mentions: readonly ThemeMention[] }[],
): string[] {
  const file = new VFile({ path: registry.file.path, value: registry.file.value });
  for (const theme of registry.themes) {
    const found = essays.filter((a) => a.mentions.some((m) => m.themeId === theme.id));
    if (found.length < 2) {
      file.message(
        `theme "${theme.id}" occurs in ${found.length} essay${found.length === 1 ? '' : 's'} (${found.map((e) => e.slug).join(', ') || 'none'}); a theme needs at least two`,
        { place: theme.place, ruleId: 'themes' },
      );
    }
    theme.canonicalAliases.forEach((alias, k) => {
      const used = essays.some((a) =>
        a.mentions.some((m) => m.text.slice(m.start, m.end).toLowerCase() === alias.toLowerCase()),
      );
      if (!used) {
        file.message(`alias "${theme.aliases[k]}" of theme "${theme.id}" matches nothing in the essays`, {
          place: theme.aliasPlaces[k],
          ruleId: 'themes',
        });
      }
    });
  }
  return formatMessages(file);
}

/** The 导读's reading order names every essay exactly once. */
export function readingOrderProblems(order: readonly string[], slugs: readonly string[], place: string): string[] {
  return [
    ...order.filter((s) => !slugs.includes(s)).map((s) => `reading order names "${s}", which is not an essay`),
    ...slugs.filter((s) => !order.includes(s)).map((s) => `reading order leaves out the essay "${s}"`),
    ...order.filter((s, i) => order.indexOf(s) !== i).map((s) => `reading order names "${s}" twice`),
  ].map((p) => `${place}: ${p}`);
}
