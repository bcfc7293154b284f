import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * A note cited many times (the 温故智新 essay's note 1 is cited 12 times) ends with one back link per
 * citation: `↑ 2 3 … 12`, each a 6–14 px target. Here such a note's back links become one control,
 * "↑ 返回正文（12 处引用）", a `<details>` that opens onto the places as 44 px squares (issue 28). It works without
 * scripting; the links, their ids, `href`s and labels are unchanged (each square shows the citation's
 * number, which its label contains). A note cited once keeps its single "↑" (its target is widened by CSS).
 *
 * Returns a new tree; only the notes sections are copied, the rest of the tree is shared.
 */
export function collapseBackrefs(tree: Root, label: (places: number) => string): Root {
  let changed = false;
  const children = tree.children.map((node): RootContent => {
    if (!isNotesSection(node)) return node;
    const section = mapItems(node, (item) => collapseItem(item, label));
    if (section !== node) changed = true;
    return section;
  });
  return changed ? { ...tree, children } : tree;
}

const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'element';

const isBackref = (node: ElementContent): node is Element =>
  isElement(node) && node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined;

function isNotesSection(node: RootContent): node is Element {
  return (
    isElement(node) &&
    node.tagName === 'section' &&
    (node.properties.dataFootnotes !== undefined || node.properties.dataTranslatorNotes !== undefined)
  );
}

/** The section with each `ol > li` passed through `collapse` (the same object when nothing changed). */
function mapItems(section: Element, collapse: (item: Element) => Element): Element {
  let changed = false;
  const children = section.children.map((child) => {
    if (!isElement(child) || child.tagName !== 'ol') return child;
    const items = child.children.map((item) => (isElement(item) && item.tagName === 'li' ? collapse(item) : item));
    if (items.every((item, i) => item === child.children[i])) return child;
    changed = true;
    return { ...child, children: items };
  });
  return changed ? { ...section, children } : section;
}

function collapseItem(item: Element, label: (places: number) => string): Element {
  const index = item.children.findIndex((c) => isElement(c) && c.tagName === 'p' && c.children.some(isBackref));
  const paragraph = item.children[index];
  if (!isElement(paragraph)) return item;
  const backrefs = paragraph.children.filter(isBackref);
  if (backrefs.length < 2) return item;
  // The note's text, without its back links and the spaces between them.
  const text = paragraph.children.filter((c) => !isBackref(c));
  while (text.length > 0) {
    const last = text[text.length - 1]!;
    if (last.type !== 'text' || last.value.trim() !== '') break;
    text.pop();
  }
  const places: Element = {
    type: 'element',
    tagName: 'details',
    properties: { dataBackrefs: '', className: ['backrefs'] },
    children: [
      {
        type: 'element',
        tagName: 'summary',
        properties: {},
        children: [{ type: 'text', value: label(backrefs.length) }],
      },
      {
        type: 'element',
        tagName: 'ol',
        properties: {},
        children: backrefs.map((a, i) => ({
          type: 'element',
          tagName: 'li',
          properties: {},
          children: [{ ...a, children: [{ type: 'text', value: String(i + 1) }] }],
        })),
      },
    ],
  };
  const children = [...item.children];
  children.splice(index, 1, { ...paragraph, children: text }, places);
  return { ...item, children };
}
