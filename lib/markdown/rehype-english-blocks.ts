import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const han = /\p{Script=Han}/u;
const latin = /\p{Script=Latin}/u;

/**
 * A paragraph or list item of a Chinese essay with Latin text and no Han character at all is a quotation in
 * English (ai-resignation-letters quotes William Stafford's lines, each followed by its Chinese): it gets
 * `lang="en"`, so a screen reader or the listen layer reads it in English, the English font stack sets it,
 * the script conversion and the Chinese punctuation and line-break work leave it alone, and
 * app/styles/typesetting.css sets it ragged instead of justified (five words spread across a phone's line
 * left gaps of several ems). Every source quoted in the essays is English; a block already marked keeps its
 * language. Hand-written: a rehype plugin that detects a language (franc and the like) would guess from
 * statistics where the script alone decides here.
 */
export const rehypeEnglishBlocks = () => (tree: Root) => {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'p' && node.tagName !== 'li') return;
    if (node.properties.lang !== undefined) return;
    const text = toString(node);
    if (latin.test(text) && !han.test(text)) node.properties.lang = 'en';
  });
};
