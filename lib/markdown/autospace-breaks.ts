import type { Element, ElementContent, Root } from 'hast';
import { wordingClass } from '../regional/wording-markup';
import { hasClass } from './body-blocks';
import { isFootnoteRef } from './rehype-block-ids';

const han = /\p{Script=Han}$/u;
const latinOrDigit = /^[A-Za-z0-9]/;
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

/**
 * The characters an inline node may show last: a text's last character; an element's last shown one. A
 * regional-wording word shows either of its two forms (lib/regional/wrap.ts), so it has two.
 */
function lastChars(node: ElementContent): string[] {
  if (node.type === 'text') return node.value === '' ? [] : [Array.from(node.value).at(-1)!];
  if (node.type !== 'element' || node.tagName === 'wbr') return [];
  if (hasClass(node, wordingClass.word)) return node.children.flatMap(lastChars);
  for (const child of [...node.children].reverse()) {
    const chars = lastChars(child);
    if (chars.length > 0) return chars;
  }
  return [];
}

/**
 * End each form of `node` that shows a Han character last with a `<wbr>`, inside the element that holds that
 * character (`<span>谷歌<wbr></span>`). A regional-wording word has two forms, and only the one ending in
 * Han gets it: `Google` before `DeepMind` must not break. Whether `node` ends with one now.
 */
function endWithBreak(node: Element): boolean {
  if (hasClass(node, wordingClass.word))
    // Every form gets its own (no short-circuit).
    return node.children.map((form) => form.type === 'element' && endWithBreak(form)).includes(true);
  const at = node.children.findLastIndex((child) => lastChars(child).length > 0);
  const last = node.children[at];
  if (!last) return false;
  const isWbr = (child: ElementContent) => child.type === 'element' && child.tagName === 'wbr';
  if (last.type === 'element') {
    // The break goes inside it. One left after it is this function's, from before a regional word was
    // wrapped there (`<strong>谷歌<wbr></strong>` → `<strong><span class="rw">…</span><wbr></strong>`): it would
    // let `Google` break from the Latin text after it, so it goes.
    node.children = node.children.filter((child, i) => i <= at || !isWbr(child));
    return endWithBreak(last);
  }
  if (!lastChars(last).some((char) => han.test(char))) return false;
  if (!node.children.slice(at + 1).some(isWbr)) node.children.push(wbr());
  return true;
}

/**
 * A `<wbr>` at the end of an inline element that ends in a Han character and is followed by Latin letters or
 * digits (`<span>谷歌<wbr></span>DeepMind`, `<strong>泡沫<wbr></strong>AI`), in a block of Chinese text.
 *
 * Why: Chromium (156) with `text-autospace` (the 1/8 em it sets between Han and Latin) loses the line break
 * opportunity at such an element boundary, and with it every one back to the element's start. A line that
 * should break there breaks before the element instead and is spread to fill (zh-hant ai-race-002 #p-7 at
 * 390 px: `…挑戰。 ⏎ 谷歌DeepMind`, 2.5 em over, +0.13 em between characters; the same text without the span
 * breaks after 谷歌). The `<wbr>` gives the opportunity back; UAX #14 allows a break between Han and Latin
 * anyway. What it costs: Chromium sets no autospace across a `<wbr>`, so these few boundaries (13 in the
 * essays today, all regional words) lose the 1/8 em. Only elements are added, never text. Not in headings,
 * which break only between words (app/styles/typesetting.css).
 */
export function insertAutospaceBreaks(tree: Root | Element): void {
  const walk = (parent: Root | Element) => {
    if (parent.type === 'element' && headingTags.has(parent.tagName)) return;
    parent.children.forEach((child, i) => {
      if (child.type !== 'element' || child.tagName === 'sup' || isFootnoteRef(child)) return;
      walk(child);
      const next = parent.children[i + 1];
      if (next?.type === 'text' && latinOrDigit.test(next.value) && child.properties.lang === undefined)
        endWithBreak(child);
    });
  };
  walk(tree);
}
