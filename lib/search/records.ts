import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Article } from '../model/articles';
import { bodyBlocks } from '../markdown/body-blocks';
import { canonicalVariant, translationVariant, type ScriptVariantId } from '../site/variants';
import { searchMetaKey } from './config';
import { isParagraphId } from '../ids/block-id';

/**
 * One search record: a paragraph of an essay. The searchable text is the canonical Simplified text, so
 * one index serves every script (queries are brought to Simplified before searching); each script
 * variant's title, section and (other than the canonical) paragraph travel along as metadata, keyed by
 * variant (`searchMetaKey`), so results are shown in the reader's script.
 */
export interface SearchRecord {
  /** Path below the variant: `articles/<slug>/#p-3`. The page prefixes its own variant. */
  readonly path: string;
  /** Searchable canonical (Simplified) text of the paragraph. */
  readonly content: string;
  /**
   * `slug`, and per script variant `title_<id>`, `section_<id>` and, but for the canonical script,
   * `text_<id>`: the paragraph in that script, character-aligned with `content` (checked, see below).
   */
  readonly meta: Readonly<Record<string, string>> & { readonly slug: string };
}

interface Block {
  id: string;
  text: string;
  section: string;
}

/** Body paragraphs (`p-N`) in order, each with the heading of its section; `skip` leaves paragraphs out. */
function blocks(body: Root, skip: (node: Element) => boolean = () => false): Block[] {
  const out: Block[] = [];
  let section = '';
  for (const node of bodyBlocks(body)) {
    const id = String(node.properties.id);
    if (!isParagraphId(id)) section = toString(node);
    else if (!skip(node)) out.push({ id, text: toString(node), section });
  }
  return out;
}

const codePoints = (text: string) => Array.from(text).length;

/**
 * Records for every paragraph of every essay, from the same essay rendered in every script variant
 * (`scripts`: each script variant's articles; the canonical one is the searchable text).
 * `misaligned` lists paragraphs whose renderings differ in length (the search page then shows such a
 * paragraph's excerpt without highlighting in that script); none do today.
 */
export function searchRecords(scripts: ReadonlyMap<ScriptVariantId, readonly Article[]>): {
  records: SearchRecord[];
  misaligned: string[];
} {
  const canonical = scripts.get(canonicalVariant.id as ScriptVariantId);
  if (!canonical) throw new Error('search index: no canonical script articles');
  const records: SearchRecord[] = [];
  const misaligned: string[] = [];
  for (const article of canonical) {
    const renderings = [...scripts].map(([id, articles]) => {
      const other = articles.find((a) => a.slug === article.slug);
      if (!other) throw new Error(`search index: ${article.slug} has no ${id} rendering`);
      return { id, title: other.title, blocks: new Map(blocks(other.body).map((b) => [b.id, b])) };
    });
    for (const block of blocks(article.body)) {
      const meta: Record<string, string> = { slug: article.slug };
      for (const rendering of renderings) {
        const twin = rendering.blocks.get(block.id);
        if (!twin) throw new Error(`search index: ${article.slug}#${block.id} has no ${rendering.id} rendering`);
        meta[searchMetaKey('title', rendering.id)] = rendering.title;
        meta[searchMetaKey('section', rendering.id)] = twin.section;
        if (rendering.id === canonicalVariant.id) continue;
        meta[searchMetaKey('text', rendering.id)] = twin.text;
        if (codePoints(block.text) !== codePoints(twin.text))
          misaligned.push(`${article.slug}#${block.id} (${rendering.id})`);
      }
      records.push({
        path: `articles/${article.slug}/#${block.id}`,
        content: block.text,
        meta: meta as SearchRecord['meta'],
      });
    }
  }
  return { records, misaligned };
}

/**
 * Records of the English index: every translated paragraph, with the English title and section. A paragraph
 * whose translation is pending is shown in Chinese on the English page (`data-translation`) and is found
 * through the Chinese index instead.
 */
export function englishSearchRecords(articles: readonly Article[]): SearchRecord[] {
  return articles.flatMap((article) =>
    blocks(article.body, (node) => node.properties.dataTranslation !== undefined).map((block) => ({
      path: `articles/${article.slug}/#${block.id}`,
      content: block.text,
      meta: {
        slug: article.slug,
        [searchMetaKey('title', translationVariant.id)]: article.title,
        [searchMetaKey('section', translationVariant.id)]: block.section,
      },
    })),
  );
}
