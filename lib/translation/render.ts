import { keepDashesWithWords } from './keep-dashes';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Root as MdastRoot, Paragraph } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Messages } from '../i18n/messages';
import { rehypeThemeLinks, type RehypeThemeLinksOptions } from '../markdown/rehype-theme-links';
import { bodyBlocks } from '../markdown/body-blocks';
import { anyNoteMarker, letters, type Translation } from './load';
import { isFootnoteRef, retiredAnchorClass } from '../markdown/rehype-block-ids';
import { hasClass } from '../markdown/body-blocks';
import { chineseRuns, hasHan } from '../text/cjk';
import { canonicalVariant } from '../site/variants';

export interface EnglishBodyOptions {
  readonly messages: Messages;
  /** English theme aliases and theme page URLs; without them, no theme links. */
  readonly themes?: RehypeThemeLinksOptions;
  /** Prefix for every id and in-page link (`en-`), so English can sit beside the Chinese on one page. */
  readonly idPrefix?: string;
}

/** The class of the mark on a block whose English is pending (stale, unconfirmed or missing). */
export const pendingClass = 'translation-pending';

const isAnchor = (node: ElementContent) => hasClass(node, retiredAnchorClass);

/**
 * A block whose English is pending: the mark, in English, then (on English pages) the Chinese text marked
 * with its language; beside the Chinese (中英对照) the mark alone, the Chinese being next to it.
 */
function pendingBlock(block: Element, reason: string, options: EnglishBodyOptions): void {
  const mark: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: [pendingClass], lang: 'en' },
    children: [{ type: 'text', value: options.messages.translationPending }],
  };
  block.properties.dataTranslation = reason;
  if (options.idPrefix) {
    block.children = [...block.children.filter(isAnchor), mark];
    return;
  }
  block.properties.lang = canonicalVariant.lang;
  const anchors = block.children.filter(isAnchor);
  block.children = [...anchors, mark, { type: 'text', value: ' ' }, ...block.children.filter((c) => !isAnchor(c))];
}

/** A translator's note reference: a lettered link to its note, like the author's numbered ones. */
function translatorNoteRef(letter: string): Element {
  return {
    type: 'element',
    tagName: 'sup',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#tn-${letter}`,
          id: `tnref-${letter}`,
          dataTranslatorNoteRef: '',
          ariaDescribedBy: ['translator-notes-label'],
        },
        children: [{ type: 'text', value: letter }],
      },
    ],
  };
}

/**
 * A checked English block or note (parsed once, by the corpus check) → hast children; its footnote markers
 * become the Chinese block's footnote references, its translator's note markers lettered links (`notes`:
 * the letters in order).
 */
function inline(mdast: MdastRoot | undefined, refs: Element[], notes: readonly string[] = []): ElementContent[] {
  if (!mdast) return [];
  const paragraph = mdast.children.find((n): n is Paragraph => n.type === 'paragraph');
  if (!paragraph) return [];
  const hast = toHast(paragraph) as Element; // raw HTML is dropped: toHast without allowDangerousHtml
  let nextRef = 0;
  let nextNote = 0;
  const split = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type === 'element') return [{ ...node, children: split(node.children) }];
      if (node.type !== 'text' || !/[\uE000\uE002]/.test(node.value)) return [node];
      // split() with a capturing group: text, marker kind, text, marker kind, … text.
      return node.value.split(anyNoteMarker).flatMap((part, i): ElementContent[] => {
        if (i % 2 === 0) return part ? [{ type: 'text', value: part } satisfies Text] : [];
        if (part === '\uE002') {
          const letter = notes[nextNote++];
          return letter ? [translatorNoteRef(letter)] : [];
        }
        const ref = refs[nextRef++];
        return ref ? [structuredClone(ref)] : [];
      });
    });
  return split(hast.children);
}

/** The translator's notes, lettered, after the author's notes (English pages and 中英对照 only). */
function translatorNotesSection(translation: Translation, messages: Messages): Element | undefined {
  const notes = Object.keys(translation.trees.translatorNotes).sort();
  if (notes.length === 0) return undefined;
  return {
    type: 'element',
    tagName: 'section',
    properties: { dataTranslatorNotes: '', className: ['translator-notes'] },
    children: [
      {
        type: 'element',
        tagName: 'h2',
        properties: { id: 'translator-notes-label', className: ['footnotes-label'] },
        children: [{ type: 'text', value: messages.translatorNotesLabel }],
      },
      {
        type: 'element',
        tagName: 'ol',
        properties: { type: 'a' },
        children: notes.map((letter): Element => ({
          type: 'element',
          tagName: 'li',
          properties: { id: `tn-${letter}` },
          children: [
            {
              type: 'element',
              tagName: 'p',
              properties: {},
              children: [
                ...inline(translation.trees.translatorNotes[letter], []),
                { type: 'text', value: ' ' },
                {
                  type: 'element',
                  tagName: 'a',
                  properties: {
                    href: `#tnref-${letter}`,
                    dataFootnoteBackref: '',
                    ariaLabel: messages.translatorNoteBackLabel(letter),
                  },
                  children: [{ type: 'text', value: '↑' }],
                },
              ],
            },
          ],
        })),
      },
    ],
  };
}

/**
 * Chinese kept inside the English (a sign-off such as 【懂】, a term given in characters) is marked
 * `lang="zh-Hans"`, so screen readers and fonts treat it as Chinese. Blocks already in Chinese (a pending
 * translation) carry their own `lang` and are left alone.
 */
function markChinese(node: Root | Element): void {
  node.children = node.children.flatMap((child): typeof node.children => {
    if (child.type === 'element') {
      if (child.properties.lang === undefined) markChinese(child);
      return [child];
    }
    if (child.type !== 'text' || !hasHan(child.value)) return [child];
    return chineseRuns(child.value).map((run): Text | Element =>
      run.chinese
        ? {
            type: 'element',
            tagName: 'span',
            properties: { lang: canonicalVariant.lang },
            children: [{ type: 'text', value: run.text }],
          }
        : { type: 'text', value: run.text },
    );
  }) as typeof node.children;
}

/** Footnote references (`<sup>` around `a[data-footnote-ref]`) in a block, in order. */
function footnoteRefs(block: Element): Element[] {
  const refs: Element[] = [];
  visit(block, 'element', (node: Element) => {
    if (isFootnoteRef(node)) refs.push(node);
  });
  return refs;
}

function translateFootnotes(section: Element, translation: Translation, messages: Messages): void {
  visit(section, 'element', (node: Element) => {
    if (node.tagName === 'h2') node.children = [{ type: 'text', value: messages.footnotesLabel }];
    const id = node.properties.id;
    if (node.tagName !== 'li' || typeof id !== 'string') return;
    const n = id.replace(/^fn-/, '');
    const english = translation.trees.footnotes[n];
    const paragraph = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
    if (!paragraph || english === undefined) return;
    const backrefs = paragraph.children.filter(
      (c): c is Element => c.type === 'element' && c.properties.dataFootnoteBackref !== undefined,
    );
    backrefs.forEach((a, k) => {
      a.properties.ariaLabel = messages.footnoteBackLabel(Number(n), k + 1);
    });
    paragraph.children = [
      ...inline(english, []),
      { type: 'text', value: ' ' },
      ...backrefs.flatMap((a) => [a, { type: 'text', value: ' ' } as Text]),
    ];
  });
}

function prefixIds(tree: Root, prefix: string): void {
  visit(tree, 'element', (node: Element) => {
    const { id, href } = node.properties;
    if (typeof id === 'string') node.properties.id = `${prefix}${id}`;
    if (typeof href === 'string' && href.startsWith('#')) node.properties.href = `#${prefix}${href.slice(1)}`;
    const describedBy = node.properties.ariaDescribedBy;
    if (Array.isArray(describedBy)) node.properties.ariaDescribedBy = describedBy.map((d) => `${prefix}${String(d)}`);
  });
}

/**
 * The English body of an essay, built on the Chinese one so that structure, paragraph ids, footnote links
 * and permalinks are the same: every paragraph, list item and heading gets its English text; footnotes
 * are translated; the glossary is dropped (the English defines its terms inline). Theme links come from
 * the English aliases. The input tree is not modified.
 */
export function englishBody(chinese: Root, translation: Translation, options: EnglishBodyOptions): Root {
  const tree = structuredClone(chinese);
  tree.children = tree.children.filter((n) => !(n.type === 'element' && n.properties.dataGlossary !== undefined));
  for (const block of bodyBlocks(tree)) {
    const id = String(block.properties.id);
    const english = translation.trees.blocks[id];
    const pending = translation.pending.get(id);
    if (pending !== undefined || english === undefined) {
      pendingBlock(block, pending ?? 'missing', options);
      continue;
    }
    const nested = block.children.filter((c) => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'));
    const notes = letters(translation.blocks[id]?.en ?? '');
    block.children = [...block.children.filter(isAnchor), ...inline(english, footnoteRefs(block), notes), ...nested];
  }
  for (const node of tree.children) {
    if (node.type === 'element' && node.properties.dataFootnotes !== undefined)
      translateFootnotes(node, translation, options.messages);
  }
  const notes = translatorNotesSection(translation, options.messages);
  if (notes) tree.children.push(notes);
  markChinese(tree);
  keepDashesWithWords(tree);
  if (options.themes) {
    unified().use(rehypeThemeLinks, options.themes).runSync(tree, new VFile());
  }
  if (options.idPrefix) prefixIds(tree, options.idPrefix);
  return tree;
}
