import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ThemeMap } from '@/components/themes/theme-map';
import { WordBreaks } from '@/components/typesetting/word-breaks';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { getArticles, getArticlesInReadingOrder } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/views/seo';
import { themePath } from '@/lib/site';
import { getThemes } from '@/lib/model';
import { isTranslationVariant, isVariantId } from '@/lib/site/variants';

export async function generateMetadata({ params }: PageProps<'/[variant]/themes'>): Promise<Metadata> {
  const { variant } = await params;
  if (!isVariantId(variant)) return {};
  const t = getMessages(variant);
  return pageMetadata({
    variant,
    subpath: 'themes/',
    title: t.themes,
    description: t.themesIntro(getArticles(variant).length),
  });
}

/** Every theme with its description and counts, and the essays × themes map. */
export default async function ThemesPage({ params }: PageProps<'/[variant]/themes'>) {
  const { variant } = await params;
  if (!isVariantId(variant)) notFound();
  const t = getMessages(variant);
  const themes = getThemes(variant);
  return (
    <>
      <SiteHeader variant={variant} subpath="themes/" />
      <main id="main" className="mx-auto max-w-5xl px-4 pt-10">
        <h1 className="text-3xl font-bold">{t.themes}</h1>
        <p className="ui mt-2 max-w-2xl text-(--color-muted)">{t.themesIntro(getArticles(variant).length)}</p>
        <h2 className="mt-10 text-xl font-bold">{t.themeMap}</h2>
        <ThemeMap variant={variant} themes={themes} articles={getArticlesInReadingOrder(variant)} />
        <h2 className="mt-12 text-xl font-bold">{t.allThemes}</h2>
        <ul className="mt-4 grid gap-6 sm:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.id} id={theme.id} className="rounded-md border border-(--color-rule) p-4">
              <h3 className="text-lg font-bold">
                <a
                  href={themePath(variant, theme.id)}
                  className="inline-block min-w-11 py-2 hover:text-(--color-accent)"
                >
                  <WordBreaks text={theme.name} />
                </a>{' '}
                {isTranslationVariant(variant) ? null : (
                  <span lang="en" className="ui text-sm font-normal text-(--color-muted)">
                    {theme.nameEn}
                  </span>
                )}
              </h3>
              <p className="ui mt-1 text-sm text-(--color-muted)">
                {t.themeStats(theme.essays.length, theme.passageCount)}
              </p>
              <p className="mt-2 leading-relaxed">{theme.description}</p>
            </li>
          ))}
        </ul>
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
