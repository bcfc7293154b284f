/**
 * What a book takes from a built page: the essay's title, its body blocks and its notes, or the 中英对照 pairs,
 * or the front page's 导读. Read from the exported HTML, so a book has exactly the text the page shows (its
 * edition's script and wording) and the markdown pipeline runs once.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

const classesOf = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};
const hasClass = (node: Element, name: string) => classesOf(node).includes(name);

/** Every element under `node` (itself included) that `test` accepts, in document order. */
export function findAll(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (n: Root | ElementContent) => {
    if (n.type === 'element' && test(n)) found.push(n);
    if (n.type === 'element' || n.type === 'root') n.children.forEach((c) => walk(c as ElementContent));
  };
  walk(node);
  return found;
}

function findOne(node: Root | Element, test: (e: Element) => boolean, what: string): Element {
  const found = findAll(node, test)[0];
  if (!found) throw new Error(`no ${what} in the page`);
  return found;
}

const isNotes = (e: Element) =>
  e.tagName === 'section' &&
  (e.properties.dataFootnotes !== undefined || e.properties.dataTranslatorNotes !== undefined);

/** A list of notes as the page shows it: its heading and its items (`<li id="fn-1">`). */
export interface NoteList {
  readonly heading: string;
  readonly lang?: string;
  readonly notes: readonly Element[];
}

/** The block elements of a prose container, without its notes sections. */
const blocks = (prose: Element): Element[] =>
  prose.children.filter((c): c is Element => c.type === 'element' && !isNotes(c));

function noteLists(article: Element): NoteList[] {
  return findAll(article, isNotes).map((section) => {
    const langOf = findAll(
      article,
      (e) => e.properties.lang !== undefined && findAll(e, (x) => x === section).length > 0,
    );
    const lang = langOf.at(-1)?.properties.lang;
    return {
      heading: toString(findOne(section, (e) => e.tagName === 'h2', 'notes heading')).trim(),
      lang: typeof lang === 'string' ? lang : undefined,
      notes: findAll(section, (e) => e.tagName === 'li' && typeof e.properties.id === 'string'),
    };
  });
}

/** An essay page: its title, body blocks and notes. */
export interface EssayContent {
  readonly title: string;
  readonly blocks: readonly Element[];
  readonly notes: readonly NoteList[];
}

export function essayContent(html: string): EssayContent {
  const page = fromHtml(html);
  const article = findOne(page, (e) => e.tagName === 'article', 'article');
  const title = toString(findOne(article, (e) => e.tagName === 'h1', 'title')).trim();
  const prose = findOne(article, (e) => hasClass(e, 'prose-zh'), 'essay body');
  return { title, blocks: blocks(prose), notes: noteLists(article) };
}

/** One 中英对照 row: the Chinese block, then its English. */
export interface Pair {
  readonly zh: readonly Element[];
  readonly en: readonly Element[];
}

export interface PairsContent {
  readonly title: string;
  readonly pairs: readonly Pair[];
  readonly notes: readonly NoteList[];
}

export function pairsContent(html: string): PairsContent {
  const page = fromHtml(html);
  const article = findOne(page, (e) => e.tagName === 'article', 'article');
  const title = toString(findOne(article, (e) => e.tagName === 'h1', 'title')).trim();
  const side = (row: Element, name: string) =>
    findAll(row, (e) => hasClass(e, name))
      .flatMap((cell) => findAll(cell, (e) => hasClass(e, 'prose-zh')))
      .flatMap(blocks);
  const rows = findAll(article, (e) => hasClass(e, 'bi-row'));
  return {
    title,
    pairs: rows.map((row) => ({ zh: side(row, 'bi-zh'), en: side(row, 'bi-en') })),
    notes: noteLists(article),
  };
}

/** The front page's 导读: its title and prose (not the list of essays between its parts). */
export interface GuideContent {
  readonly title: string;
  readonly blocks: readonly Element[];
}

export function guideContent(html: string): GuideContent {
  const page = fromHtml(html);
  const guide = findOne(page, (e) => e.tagName === 'section' && e.properties.dataGuide !== undefined, 'guide');
  const title = toString(findOne(guide, (e) => e.tagName === 'h2', 'guide title')).trim();
  const prose = findAll(guide, (e) => hasClass(e, 'guide-prose'));
  return { title, blocks: prose.flatMap((p) => p.children.filter((c): c is Element => c.type === 'element')) };
}
