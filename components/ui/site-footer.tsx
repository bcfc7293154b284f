import { getMessages } from '@/lib/i18n/messages';
import type { VariantId } from '@/lib/variants';

interface SiteFooterProps {
  variant: VariantId;
}

/** Site footer. */
export function SiteFooter({ variant }: SiteFooterProps) {
  const t = getMessages(variant);
  return (
    <footer data-print="hide" className="ui mt-16 border-t border-(--color-rule)">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-(--color-muted)">
        <p>
          {t.siteName} · {t.siteSubtitle} — {t.footerNote}
        </p>
      </div>
    </footer>
  );
}
