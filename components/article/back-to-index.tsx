import { getMessages } from '@/lib/i18n/messages';
import { indexPath } from '@/lib/site';
import type { VariantId } from '@/lib/site/variants';

/** "← 返回首页" at the end of an essay, a 44 px tall link. */
export function BackToIndex({ variant, className = '' }: { variant: VariantId; className?: string }) {
  const t = getMessages(variant);
  return (
    <p data-back-to-index="" className={`ui mt-8 text-sm ${className}`}>
      <a href={indexPath(variant)} className="inline-flex min-h-11 items-center text-(--color-accent)">
        ← {t.backToIndex}
      </a>
    </p>
  );
}
