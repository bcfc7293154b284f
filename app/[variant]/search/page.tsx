import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPanel } from '@/components/search/search-panel';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { getMessages } from '@/lib/i18n/messages';
import { loadDictionary } from '@/lib/script/dictionary';
import { queryLocale } from '@/lib/search/query-script';
import { pageMetadata } from '@/lib/seo';
import { searchPath } from '@/lib/site';
import { getVariant, isScriptVariant, isVariantId, scriptVariants } from '@/lib/variants';

export const dynamicParams = false;

/** Search indexes the Chinese text: a page per script (English readers search from either). */
export function generateStaticParams() {
  return scriptVariants.map((v) => ({ variant: v.id }));
}

export async function generateMetadata({ params }: PageProps<'/[variant]/search'>): Promise<Metadata> {
  const { variant } = await params;
  if (!isVariantId(variant)) return {};
  const t = getMessages(variant);
  return pageMetadata({
    variant,
    subpath: 'search/',
    title: t.search,
    description: t.searchHint,
    noindex: true,
    available: scriptVariants.map((v) => v.id),
  });
}

/** Full-text search over every paragraph, in either script. */
export default async function SearchPage({ params }: PageProps<'/[variant]/search'>) {
  const { variant } = await params;
  if (!isVariantId(variant) || !isScriptVariant(variant)) notFound();
  const t = getMessages(variant);
  const locale = queryLocale(getVariant(variant).opencc);
  const phrases = loadDictionary(`${locale}2s.tsv`).map(({ source, target }) => ({ source, target }));
  return (
    <>
      <SiteHeader
        variant={variant}
        subpath="search/"
        switchTo={Object.fromEntries(scriptVariants.map((v) => [v.id, searchPath(v.id)]))}
      />
      {/* The one page that keeps Next's client runtime (the search panel is a React client component); every
          other page has it stripped after the build (scripts/postbuild/islands.ts). */}
      <main id="main" data-keeps-runtime="" className="mx-auto max-w-[40rem] px-4 pt-10">
        <h1 className="mb-6 text-3xl font-bold">{t.search}</h1>
        {/* Shown only where scripting is off (CSS), so it never flashes for readers who have it. */}
        <p data-needs-script="" className="ui mb-4 text-(--color-muted)">
          {t.searchNeedsScript}
        </p>
        <SearchPanel
          variant={variant}
          phrases={phrases}
          locale={locale}
          labels={{
            search: t.search,
            placeholder: t.searchPlaceholder,
            hint: t.searchHint,
            searching: t.searching,
            results: t.searchResults,
            noResults: t.noResults,
            showMore: t.showMore,
            failed: t.searchFailed,
          }}
        />
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
