/**
 * The EPUB books the build writes (scripts/postbuild/epub.ts), in one list that the pages link from, the
 * build verifies and the tests read: one per essay and edition, one of 中英对照 pairs per essay and Chinese
 * edition, and the whole collection per edition. File names are ASCII and carry the edition, so books saved
 * side by side on a reader's device never overwrite each other.
 */
import { getArticlesInReadingOrder } from '../model';
import { articlePath, bilingualPath, indexPath } from '../site';
import { getVariant, isScriptVariant, variants, type Variant, type VariantId } from '../site/variants';

export type BookKind = 'essay' | 'pairs' | 'collection';

export interface Book {
  /** Site path of the .epub (`/zh-hk/articles/ai-race-002/ai-race-002-zh-hk.epub`). */
  readonly path: string;
  /** Site path of the page the book is made from (its text, notes and headings). */
  readonly page: string;
  readonly variant: VariantId;
  readonly kind: BookKind;
  /** The essays in the book, in reading order (one, except for the collection). */
  readonly slugs: readonly string[];
  /** BCP 47 tag of the book's text (`zh-Hant-TW`). */
  readonly lang: string;
  /** Set top to bottom, right to left (Traditional editions; not the pairs, whose English runs across). */
  readonly vertical: boolean;
}

/**
 * The language of a book: the edition's tag, with its region for Traditional text that has none in the
 * page's tag (`zh-Hant` → `zh-Hant-TW`). A reader app picks glyph forms and punctuation positions by it.
 */
export function bookLang(variant: Variant): string {
  if (variant.script !== 'Hant' || variant.lang.split('-').length > 2) return variant.lang;
  return `${variant.lang}-${variant.ogLocale.split('_')[1]}`;
}

/** The file name stem of a variant's collection. */
export const collectionStem = 'ai-and-work';

/** Site path of an essay's book, of its pairs book, or of the edition's collection (no slug). */
export function bookPath(variant: VariantId, kind: BookKind, slug?: string): string {
  if (kind === 'collection' || !slug) return `${indexPath(variant)}${collectionStem}-${variant}.epub`;
  if (kind === 'pairs') return `${bilingualPath(variant, slug)}${slug}-${variant}-bilingual.epub`;
  return `${articlePath(variant, slug)}${slug}-${variant}.epub`;
}

let all: Book[] | undefined;

/** Every book, edition by edition: the collection, then each essay's, then its pairs book. */
export function books(): readonly Book[] {
  all ??= variants.flatMap((variant) => {
    const slugs = getArticlesInReadingOrder(variant.id).map((a) => a.slug);
    const lang = bookLang(variant);
    const vertical = variant.script === 'Hant';
    const book = (kind: BookKind, page: string, bookSlugs: readonly string[], isVertical: boolean): Book => ({
      path: bookPath(variant.id, kind, kind === 'collection' ? undefined : bookSlugs[0]),
      page,
      variant: variant.id,
      kind,
      slugs: bookSlugs,
      lang,
      vertical: isVertical,
    });
    return [
      book('collection', indexPath(variant.id), slugs, vertical),
      ...slugs.flatMap((slug) => [
        book('essay', articlePath(variant.id, slug), [slug], vertical),
        ...(isScriptVariant(variant.id) ? [book('pairs', bilingualPath(variant.id, slug), [slug], false)] : []),
      ]),
    ];
  });
  return all;
}

/** One book by its path, kind and slug; throws when there is none (a page must not link a missing book). */
export function bookFor(variant: VariantId, kind: BookKind, slug?: string): Book {
  const path = bookPath(variant, kind, slug);
  const found = books().find((b) => b.path === path);
  if (!found) throw new Error(`no EPUB ${path} (${getVariant(variant).label})`);
  return found;
}
