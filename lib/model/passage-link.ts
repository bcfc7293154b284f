import type { Element, ElementContent, Root } from 'hast';
import type { Article } from './articles';
import { toString } from 'hast-util-to-string';
import { bodyBlocks } from '../markdown/body-blocks';
import { directiveParts, fragmentWithText, type TextRun } from '../text/text-fragment';

/** Elements inside a block whose text a directive must not use: nested blocks, footnote markers, and the
 *  glossary's inline definitions (folded into a popover, so hidden, when scripting runs). */
function isUnsearchable(node: Element): boolean {
  return (
    node.tagName === 'sup' ||
    node.properties.dataGloss !== undefined ||
    ['p', 'ul', 'ol', 'li', 'blockquote', 'div', 'table', 'pre'].includes(node.tagName)
  );
}

/** A rendered block's text in runs, as the page shows it; the runs' text is the block's `toString`. */
export function blockRuns(block: Element): TextRun[] {
  const runs: TextRun[] = [];
  const push = (text: string, searchable: boolean) => {
    const last = runs.at(-1);
    if (last && last.searchable === searchable) runs[runs.length - 1] = { text: last.text + text, searchable };
    else if (text) runs.push({ text, searchable });
  };
  const walk = (nodes: readonly ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') push(node.value, true);
      else if (node.type === 'element') {
        if (isUnsearchable(node)) push(toString(node), false);
        else walk(node.children);
      }
    }
  };
  walk(block.children);
  return runs;
}

export interface PageTexts {
  /** Each body block's runs, by id. */
  readonly blocks: ReadonlyMap<string, readonly TextRun[]>;
  /** Each block's text twice: as shown with scripting (unsearchable runs hidden) and without. */
  readonly blockTexts: ReadonlyMap<string, readonly [string, string]>;
  /** Texts outside the body blocks: the page's header (title, summary …), notes, glossary. */
  readonly around: readonly string[];
}

const noSite: readonly string[] = [];

/** The value cached under `key`, made by `make` the first time. */
function cached<K extends object | string, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
const pages = new WeakMap<readonly string[], WeakMap<Root, PageTexts>>();

/**
 * The texts of an essay page a directive could match, computed once per rendered body: the body's blocks,
 * notes and glossary, the essay's header (title, summary, editor's note …) and `site`, the texts every page
 * may show (theme names on chips and in related reading, the essays' titles).
 */
export function pageTexts(article: Article, site: readonly string[] = noSite): PageTexts {
  const { body } = article;
  return cached(
    cached(pages, site, () => new WeakMap()),
    body,
    () => {
      const header = [
        article.title,
        article.summary,
        article.author,
        article.outlet ?? '',
        article.editorSummary,
        article.english.title,
        article.english.summary,
        article.sourceNote ?? '',
        ...article.editorialChanges.flatMap((c) => [c.note, c.from ?? '', c.to ?? '']),
        ...site,
      ];
      const blocks = new Map(bodyBlocks(body).map((node) => [String(node.properties.id), blockRuns(node)]));
      const blockTexts = new Map(
        [...blocks].map(([id, runs]): [string, readonly [string, string]] => [
          id,
          [runs.map((r) => (r.searchable ? r.text : '')).join(''), runs.map((r) => r.text).join('')],
        ]),
      );
      const sections = body.children.filter(
        (node): node is Element => node.type === 'element' && node.tagName === 'section',
      );
      return { blocks, blockTexts, around: [...header, ...sections.map((s) => toString(s))] };
    },
  );
}

const elsewhereCache = new WeakMap<PageTexts, Map<string, string[]>>();
/** Every text of the page but one block's. */
function elsewhere(page: PageTexts, id: string): string[] {
  return cached(
    cached(elsewhereCache, page, () => new Map()),
    id,
    () => [...page.around, ...[...page.blockTexts].filter(([other]) => other !== id).flatMap(([, t]) => t)],
  );
}

/**
 * The fragment of a link to a passage: the block's id, with a text directive that marks the first of
 * `ranges` (offsets in the block's rendered text) a directive can single out on the page; the bare id when
 * none can.
 */
export function passageFragment(
  page: PageTexts,
  id: string,
  ranges: readonly { start: number; end: number }[],
  locale: string,
): string {
  const runs = page.blocks.get(id);
  if (!runs) return id;
  const others = elsewhere(page, id);
  for (const { start, end } of ranges) {
    const parts = directiveParts({ runs, start, end, elsewhere: others, locale });
    if (parts) return fragmentWithText(id, parts);
  }
  return id;
}
