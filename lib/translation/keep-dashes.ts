import type { Element, Root, Text } from 'hast';
import { adjustmentElement } from '@/lib/text/punctuation-elements';

/** An em dash with a character other than a space right before it (split keeps the dash: odd indexes). */
const closedDash = /(?<=\S)(—)/u;

/**
 * English: a closed em dash (`livestream—it's`) stays on the line of the word before it. Browsers break
 * before an em dash as readily as after it (UAX #14 class B2), so a line could start `—it's` (a phone reader
 * met one at 390 px); English typesetting breaks after a dash, never before it. The dash is wrapped in
 * `<pq-k>`, whose generated word joiner (app/styles/punctuation.css) ties it to the character before, as the
 * build does for a Chinese interpunct: the text is not changed and nothing more is copied. Chinese runs
 * (`lang` set) and code are left alone.
 */
export function keepDashesWithWords(node: Root | Element): void {
  node.children = node.children.flatMap((child): typeof node.children => {
    if (child.type === 'element') {
      if (child.properties.lang === undefined && child.tagName !== 'code') keepDashesWithWords(child);
      return [child];
    }
    if (child.type !== 'text' || !closedDash.test(child.value)) return [child];
    return child.value.split(closedDash).flatMap((part, i): (Text | Element)[] => {
      if (i % 2 === 0) return part ? [{ type: 'text', value: part }] : [];
      return [
        { type: 'element', tagName: adjustmentElement.keep, properties: {}, children: [{ type: 'text', value: part }] },
      ];
    });
  }) as typeof node.children;
}
