import type { Book } from '@/lib/epub/books';
import { getMessages } from '@/lib/i18n/messages';

/**
 * A link to one of the build's EPUB books (lib/epub/books.ts). Its size is written by the book step after the
 * books exist (scripts/postbuild/epub.ts fills the `data-epub-size` span); the build checks none is left empty.
 */
export function EpubLink({ book }: { book: Book }) {
  const t = getMessages(book.variant);
  return (
    <a
      href={book.path}
      type="application/epub+zip"
      data-epub={book.kind}
      className="inline-flex min-h-11 items-center text-sm text-(--color-ink) underline decoration-(--color-accent) underline-offset-4 hover:text-(--color-accent)"
    >
      <span>
        {t.epubDownload[book.kind]}
        <span data-epub-size={book.path} className="text-(--color-muted)"></span>
      </span>
    </a>
  );
}
