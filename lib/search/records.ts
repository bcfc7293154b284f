import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Article } from '../articles';
import { bodyBlocks } from '../markdown/body-blocks';

/**
 * One search record: a paragraph of an essay. The searchable text is the canonical Simplified text, so
 * one index serves both scripts (queries are brought to Simplified before searching); the Traditional
 * text travels along as metadata so results are shown in the reader's script.
 */
export interface SearchRecord {
  /** Path below the variant: `articles/<slug>/#p-3`. The page prefixes its own variant. */
  readonly path: string;
  /** Searchable canonical (Simplified) text of the paragraph. */
  readonly content: string;
  readonly meta: {
    readonly slug: string;
    readonly title: string;
    readonly titleHant: string;
    readonly section: string;
    readonly sectionHant: string;
    /** The paragraph in Traditional script, character-aligned with `content` (checked, see below). */
    readonly hant: string;
  };
}

interface Block {
  id: string;
  text: string;
  section: string;
}

/** Body paragraphs (`p-N`) in order, each with the heading of its section. */
function blocks(body: Root): Block[] {
  const out: Block[] = [];
  let section = '';
  for (const node of bodyBlocks(body)) {
    const id = String(node.properties.id);
    if (!id.startsWith('p-')) section = toString(node);
    else out.push({ id, text: toString(node), section });
  }
  return out;
}

const codePoints = (text: string) => Array.from(text).length;

/**
 * Records for every paragraph of every essay, from the same essay rendered in both scripts.
 * `misaligned` lists paragraphs whose two renderings differ in length (the search page then shows such a
 * paragraph's excerpt without highlighting in Traditional script); none do today.
 */
export function searchRecords(
  hans: readonly Article[],
  hant: readonly Article[],
): { records: SearchRecord[]; misaligned: string[] } {
  const records: SearchRecord[] = [];
  const misaligned: string[] = [];
  for (const article of hans) {
    const other = hant.find((a) => a.slug === article.slug);
    if (!other) throw new Error(`search index: ${article.slug} has no Traditional rendering`);
    const traditional = new Map(blocks(other.body).map((b) => [b.id, b]));
    for (const block of blocks(article.body)) {
      const twin = traditional.get(block.id);
      if (!twin) throw new Error(`search index: ${article.slug}#${block.id} has no Traditional rendering`);
      if (codePoints(block.text) !== codePoints(twin.text)) misaligned.push(`${article.slug}#${block.id}`);
      records.push({
        path: `articles/${article.slug}/#${block.id}`,
        content: block.text,
        meta: {
          slug: article.slug,
          title: article.title,
          titleHant: other.title,
          section: block.section,
          sectionHant: twin.section,
          hant: twin.text,
        },
      });
    }
  }
  return { records, misaligned };
}
