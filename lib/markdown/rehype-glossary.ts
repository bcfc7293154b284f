import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { matchGloss, termId } from './glossary-syntax';

/** One term an essay defines inline. Text is canonical (the variant's script is applied later). */
export interface GlossaryEntry {
  /** Stable id from the English name, the same in every variant: `term-quantum-tunneling`. */
  readonly id: string;
  readonly term: string;
  readonly english: string;
  readonly definition: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by rehype-glossary: the essay's defined terms, in order of first definition. */
    glossary: GlossaryEntry[];
  }
}

export interface RehypeGlossaryOptions {
  /** Heading of the glossary at the essay's end. Required. */
  readonly label: string;
  /** Accessible name of an entry's link back to where the term is defined. Required. */
  readonly backLabel: (term: string) => string;
}

const text = (value: string): Text => ({ type: 'text', value });
const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** Find `<strong>term</strong>（English: definition）…` among a paragraph's children and rewrite it. */
function markTerms(parent: Element, entries: GlossaryEntry[]): void {
  const out: ElementContent[] = [];
  for (let i = 0; i < parent.children.length; i += 1) {
    const child = parent.children[i]!;
    const next = parent.children[i + 1];
    const gloss = next?.type === 'text' ? matchGloss(next.value) : undefined;
    if (child.type !== 'element' || child.tagName !== 'strong' || next?.type !== 'text' || !gloss) {
      if (child.type === 'element' && child.tagName !== 'a') markTerms(child, entries);
      out.push(child);
      continue;
    }
    const { whole, english, colon, definition } = gloss;
    const id = termId(english);
    const term = toString(child);
    // Two definitions of one term are a content error (remark-glossary-check); the first one wins here.
    if (entries.some((entry) => entry.id === id)) {
      out.push(child);
      continue;
    }
    entries.push({ id, term, english, definition });
    // The term links to its glossary entry (a plain link without JavaScript; a popover with it).
    out.push(el('a', { href: `#${id}`, id: `${id}-ref`, dataGlossaryRef: '', className: ['glossary-term'] }, [child]));
    // The author's inline definition is kept word for word, marked so CSS can fold it into the popover.
    out.push(
      el('span', { dataGloss: '' }, [
        text('（'),
        el('span', { lang: 'en' }, [text(english)]),
        text(`${colon}${definition}）`),
      ]),
    );
    const rest = next.value.slice(whole.length);
    if (rest) out.push(text(rest));
    i += 1;
  }
  parent.children = out;
}

function glossarySection(entries: readonly GlossaryEntry[], options: RehypeGlossaryOptions): Element {
  return el('section', { dataGlossary: '', ariaLabelledBy: ['glossary-label'] }, [
    el('h2', { id: 'glossary-label' }, [text(options.label)]),
    el(
      'dl',
      {},
      entries.map((entry) =>
        el('div', { id: entry.id }, [
          el('dt', {}, [
            el('dfn', {}, [text(entry.term)]),
            text(' '),
            el('span', { lang: 'en' }, [text(entry.english)]),
          ]),
          el('dd', {}, [
            text(entry.definition),
            el('a', { href: `#${entry.id}-ref`, dataGlossaryBackref: '', ariaLabel: options.backLabel(entry.term) }, [
              text('↑'),
            ]),
          ]),
        ]),
      ),
    ),
  ]);
}

/**
 * Glossary. The INDIGO talk defines terms inline as `**术语**（English: definition）`. Each such term links
 * to an entry of a glossary appended to the essay (before the footnotes); the inline definition stays in
 * the text word for word. Runs on the canonical tree after block ids (the glossary gets no paragraph ids)
 * and before theme links (which never go inside a link) and script conversion (so ids match in every
 * variant). Hand-written: no remark/rehype plugin reads this inline-definition convention.
 */
export const rehypeGlossary: Plugin<[RehypeGlossaryOptions], Root> = function (options) {
  return (tree: Root, file: VFile) => {
    const entries: GlossaryEntry[] = [];
    for (const node of tree.children) {
      if (node.type !== 'element' || node.properties.dataFootnotes !== undefined) continue;
      if (/^h[1-6]$/.test(node.tagName)) continue;
      markTerms(node, entries);
    }
    file.data.glossary = entries;
    if (entries.length === 0) return;
    const footnotes = tree.children.findIndex(
      (node) => node.type === 'element' && node.properties.dataFootnotes !== undefined,
    );
    tree.children.splice(footnotes === -1 ? tree.children.length : footnotes, 0, glossarySection(entries, options));
  };
};
