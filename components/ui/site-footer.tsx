import { getMessages } from '@/lib/i18n/messages';
import { aboutPath, feedPath, indexPath, searchPath, themesPath } from '@/lib/site';
import type { VariantId } from '@/lib/site/variants';

interface SiteFooterProps {
  variant: VariantId;
}

/** Site footer: the site's sections (the themes link is here on phones too narrow for it in the header). */
export function SiteFooter({ variant }: SiteFooterProps) {
  const t = getMessages(variant);
  const links = [
    { href: indexPath(variant), label: t.articles },
    { href: themesPath(variant), label: t.themes },
    { href: searchPath(variant), label: t.search },
    { href: feedPath(variant), label: t.feed },
    { href: aboutPath(variant), label: t.about },
  ];
  return (
    <footer data-print="hide" className="ui mt-16 border-t border-(--color-rule)">
      <div className="mx-auto max-w-6xl px-4 pt-3 pb-20 text-sm text-(--color-muted) lg:pb-6">
        <nav aria-label={t.siteName}>
          <ul className="-ms-2 flex flex-wrap gap-x-1">
            {links.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  className="inline-flex min-h-11 min-w-11 items-center justify-center px-2 text-(--color-ink) hover:text-(--color-accent)"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-2">
          {t.siteName} · {t.siteSubtitle} — {t.footerNote}
        </p>
      </div>
    </footer>
  );
}
