import { getMessages } from '@/lib/i18n/messages';
import { indexPath, searchPath, themesPath } from '@/lib/site';
import { getVariant, type VariantId } from '@/lib/site/variants';
import { SearchIcon } from '@/components/ui/search-icon';

/**
 * The 404 page's header, one per edition (the page holds every edition and shows the reader's): the site's
 * name back to the front page, a link to search (the form is in the page itself, right below) and themes
 * (About is in the page's links), drawn like the site header but with no islands: the 404 page stays
 * static, with no script beyond its two small inline ones.
 */
export function NotFoundHeader({ variant }: { variant: VariantId }) {
  const t = getMessages(variant);
  const link =
    'inline-flex min-h-11 min-w-11 items-center justify-center px-1.5 text-sm whitespace-nowrap text-(--color-ink) hover:text-(--color-accent)';
  return (
    // Named with the edition: without JavaScript all four headers show, and landmarks need distinct names.
    <header
      data-site-header=""
      aria-label={`${t.siteName} · ${getVariant(variant).label}`}
      className="ui border-b border-(--color-rule) bg-(--color-paper)"
    >
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-0.5 px-2.5 sm:gap-2 sm:px-4">
        <a
          href={indexPath(variant)}
          className="me-auto inline-flex min-h-11 min-w-11 items-center font-semibold tracking-wide whitespace-nowrap text-(--color-ink) no-underline"
        >
          {t.siteName}
          <span className="ms-2 hidden text-sm font-normal text-(--color-muted) md:inline">· {t.siteSubtitle}</span>
        </a>
        <a href={searchPath(variant)} aria-label={t.search} title={t.search} className={link}>
          <SearchIcon />
        </a>
        <a href={themesPath(variant)} className={link}>
          {t.themes}
        </a>
      </div>
    </header>
  );
}
