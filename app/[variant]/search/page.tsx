import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchForm } from '@/components/search/search-form';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { getMessages } from '@/lib/i18n/messages';
import { regionalQueryPhrases } from '@/lib/regional/query';
import { loadRegionalTable } from '@/lib/regional/terms';
import { loadDictionary } from '@/lib/script/dictionary';
import { queryLocale } from '@/lib/search/query-script';
import { pageMetadata } from '@/lib/views/seo';
import { getArticles, getThemes } from '@/lib/model';
import { toString } from 'hast-util-to-string';
import { searchLanguageOf } from '@/lib/search/config';
import { searchPath, themePath } from '@/lib/site';
import { canonicalVariant, getVariant, isVariantId, translationVariant, variants } from '@/lib/site/variants';

export const dynamicParams = false;

/** A search page per variant: the scripts search the Chinese index, English the translation's. */
export function generateStaticParams() {
  return variants.map((v) => ({ variant: v.id }));
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
    available: variants.map((v) => v.id),
  });
}

/** Every essay's text in the canonical script: what a regional word may not shadow. */
const canonicalEssayText = () =>
  getArticles(canonicalVariant.id)
    .map((a) => toString(a.body))
    .join('\n');

/** Full-text search over every paragraph, in the page's language (and the other when the query is in its script). */
export default async function SearchPage({ params }: PageProps<'/[variant]/search'>) {
  const { variant } = await params;
  if (!isVariantId(variant)) notFound();
  const t = getMessages(variant);
  const locale = queryLocale(getVariant(variant).opencc);
  const phrases = [
    ...loadDictionary(`${locale}2s.tsv`).map(({ source, target }) => ({ source, target })),
    // A Taiwan or Hong Kong word also finds the author's mainland one (lib/regional/query.ts).
    ...regionalQueryPhrases(loadRegionalTable(), canonicalEssayText()),
  ];
  const own = searchLanguageOf(getVariant(variant));
  // The empty state offers the other language's search page: English from Chinese, Simplified from English.
  const other = own === searchLanguageOf(translationVariant) ? canonicalVariant : translationVariant;
  const themes = getThemes(variant).map((theme) => ({ href: themePath(variant, theme.id), name: theme.name }));
  return (
    <>
      <SiteHeader
        variant={variant}
        subpath="search/"
        switchTo={Object.fromEntries(variants.map((v) => [v.id, searchPath(v.id)]))}
      />
      {/* Like every page, without Next's client runtime: the form is markup, its behaviour the `search` island. */}
      <main id="main" className="mx-auto max-w-[40rem] px-4 pt-10">
        <h1 className="mb-6 text-3xl font-bold">{t.search}</h1>
        {/* Shown only where scripting is off (CSS), so it never flashes for readers who have it. */}
        <p data-needs-script="" className="ui mb-4 text-(--color-muted)">
          {t.searchNeedsScript}
        </p>
        <SearchForm
          placeholder={t.searchPlaceholder}
          hint={t.searchHint}
          config={{
            variant,
            phrases,
            locale,
            themes,
            otherSearch: searchPath(other.id),
            labels: {
              search: t.search,
              searching: t.searching,
              results: t.searchResults,
              noResults: t.noResults,
              showMore: t.showMore,
              failed: t.searchFailed,
              partial: t.searchPartial,
              otherLanguage: t.searchOtherLanguage,
              tryThemes: t.searchTryThemes,
              tryOther: t.searchTryOther,
            },
          }}
        />
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
