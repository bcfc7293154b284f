import type { Element, Root as HastRoot } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import { toString as mdastText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { formatMessages } from '../content/errors';
import { limits } from '../content/limits';
import type { Place } from '../content/yaml';
import type { Frontmatter } from '../content/schema';
import { bodyBlocks } from '../markdown/body-blocks';
import type { ThemeMention } from '../markdown/rehype-theme-links';
import { findAliases, type AliasEntry } from '../themes/match';
import type { ThemeRegistry } from '../themes/registry';
import type { AlignmentTarget, Translation } from '../translation/load';
import type { Ledger } from '../ids/ledger';
import { isParagraphId } from '../ids/block-id';

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
 * The registry against the essays: every alias must occur somewhere, every theme in some essay, and every
 * `notIn` rule must still leave a match out. A theme may live in one essay: once the mentions were reviewed
 * for sense (issue 17), AI resignations is the subject of one essay only, and its page still gathers them.
 * Returns problems at themes.yaml lines.
 */
export function themeUsageProblems(
  registry: ThemeRegistry,
  essays: readonly {
    readonly slug: string;
    readonly mentions: readonly ThemeMention[];
    readonly skipped?: readonly { readonly themeId: string; readonly paragraphId: string }[];
  }[],
): string[] {
  const file = new VFile({ path: registry.file.path, value: registry.file.value });
  for (const theme of registry.themes) {
    // A `notIn` rule must still leave out a match: else the essay, the id or the paragraph has changed.
    for (const [slug, ids] of Object.entries(theme.notIn)) {
      const essay = essays.find((e) => e.slug === slug);
      if (!essay) {
        file.message(`notIn of "${theme.id}" names "${slug}", which is not an essay`, {
          place: theme.notInPlace,
          ruleId: 'themes',
        });
        continue;
      }
      for (const id of ids) {
        if (!essay.skipped?.some((s) => s.themeId === theme.id && s.paragraphId === id))
          file.message(
            `notIn of "${theme.id}" leaves out ${slug} ${id}, which has no mention of the theme (edited, or the wrong id?)`,
            { place: theme.notInPlace, ruleId: 'themes' },
          );
      }
    }
    const found = essays.filter((a) => a.mentions.some((m) => m.themeId === theme.id));
    if (found.length === 0) {
      file.message(`theme "${theme.id}" occurs in no essay: check its aliases, or remove it`, {
        place: theme.place,
        ruleId: 'themes',
      });
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

/** An essay's body paragraphs (where theme mentions are counted): canonical Chinese and English text. */
export interface EssayParagraphs {
  readonly chinese: readonly string[];
  readonly english: readonly string[];
}

export function essayParagraphs(body: HastRoot, translation: Translation): EssayParagraphs {
  const paragraphs = bodyBlocks(body).filter((b) => isParagraphId(b.properties.id));
  return {
    chinese: paragraphs.map((p) => hastText(p)),
    english: paragraphs.map((p) => mdastText(translation.trees.blocks[String(p.properties.id)])),
  };
}

/**
 * An alias that matches in more than `limits.maxAliasShare` of all body paragraphs across the essays is too
 * common a word to stand for a theme (工作, "the"): it would link nearly every section and swamp the
 * mention counts that related reading is ranked by. Chinese aliases are matched in the Chinese, English
 * aliases in the English, as when the pages are rendered. Returns problems at themes.yaml lines.
 */
export function aliasShareProblems(registry: ThemeRegistry, essays: readonly EssayParagraphs[]): string[] {
  const file = new VFile({ path: registry.file.path, value: registry.file.value });
  const chinese = essays.flatMap((e) => e.chinese);
  const english = essays.flatMap((e) => e.english);
  /** Paragraphs each alias matches in. */
  const counts = (texts: readonly string[], entries: readonly AliasEntry[]) => {
    const found = new Map<string, number>();
    for (const text of texts)
      for (const alias of new Set(findAliases(text, entries).map((m) => m.alias)))
        found.set(alias, (found.get(alias) ?? 0) + 1);
    return found;
  };
  const zh = counts(chinese, registry.aliases);
  const en = counts(english, registry.aliasesEn);
  const check = (themeId: string, alias: string, count = 0, total: number, place: Place | undefined) => {
    if (count <= total * limits.maxAliasShare) return;
    file.message(
      `alias "${alias}" of theme "${themeId}" matches in ${count} of ${total} body paragraphs (${Math.round((100 * count) / total)}%); an alias may match in at most ${limits.maxAliasShare * 100}% of them: use a more specific term`,
      { place, ruleId: 'themes' },
    );
  };
  for (const theme of registry.themes) {
    theme.canonicalAliases.forEach((alias, k) =>
      check(theme.id, theme.aliases[k]!, zh.get(alias), chinese.length, theme.aliasPlaces[k]),
    );
    theme.aliasesEn.forEach((alias, k) =>
      check(theme.id, alias, en.get(alias), english.length, theme.aliasEnPlaces[k]),
    );
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
