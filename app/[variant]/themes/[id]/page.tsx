import type { Metadata } from 'next';
import { Fragment } from 'react';
import { notFound } from 'next/navigation';
import { ChineseRuns } from '@/components/typesetting/chinese-runs';
import { WordBreaks } from '@/components/typesetting/word-breaks';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/views/seo';
import { articlePath, themesPath } from '@/lib/site';
import { getTheme, getThemes } from '@/lib/model';
import { canonicalVariant, isTranslationVariant, isVariantId, variants } from '@/lib/site/variants';

export const dynamicParams = false;

export function generateStaticParams() {
  return variants.flatMap((v) => getThemes(v.id).map((theme) => ({ variant: v.id, id: theme.id })));
}

async function load(params: PageProps<'/[variant]/themes/[id]'>['params']) {
  const { variant, id } = await params;
  if (!isVariantId(variant)) notFound();
  const theme = getTheme(id, variant);
  if (!theme) notFound();
  return { variant, theme };
}

export async function generateMetadata({ params }: PageProps<'/[variant]/themes/[id]'>): Promise<Metadata> {
  const { variant, theme } = await load(params);
  return pageMetadata({ variant, subpath: `themes/${theme.id}/`, title: theme.name, description: theme.description });
}

/** One theme: its description (Chinese and English), then every passage that mentions it, per essay. */
export default async function ThemePage({ params }: PageProps<'/[variant]/themes/[id]'>) {
  const { variant, theme } = await load(params);
  const t = getMessages(variant);
  return (
    <>
      <SiteHeader variant={variant} subpath={`themes/${theme.id}/`} />
      <main id="main" className="mx-auto max-w-[40rem] px-4 pt-10">
        <p className="ui text-sm">
          <a href={themesPath(variant)} className="inline-flex min-h-11 min-w-11 items-center text-(--color-accent)">
            {t.themes}
          </a>
        </p>
        <h1 className="mt-2 text-3xl font-bold">
          <WordBreaks text={theme.name} />{' '}
          {isTranslationVariant(variant) ? null : (
            <span lang="en" className="ui text-lg font-normal text-(--color-muted)">
              {theme.nameEn}
            </span>
          )}
        </h1>
        <p className="ui mt-2 text-sm text-(--color-muted)">{t.themeStats(theme.essays.length, theme.passageCount)}</p>
        <p className="mt-4 leading-relaxed">{theme.description}</p>
        {isTranslationVariant(variant) ? null : (
          <p lang="en" className="mt-2 leading-relaxed text-(--color-muted)">
            {theme.descriptionEn}
          </p>
        )}
        {theme.essays.map((essay) => (
          <section key={essay.slug} id={essay.slug} aria-labelledby={`${essay.slug}-title`} className="mt-10">
            <h2 id={`${essay.slug}-title`} className="text-xl font-bold">
              <a href={articlePath(variant, essay.slug)} className="block py-2 hover:text-(--color-accent)">
                <WordBreaks text={essay.title} />
              </a>
            </h2>
            <p className="ui mt-1 text-sm text-(--color-muted)">
              {t.mentionsInPassages(essay.mentions, essay.passages.length)}
            </p>
            <ol className="mt-3 space-y-3">
              {essay.passages.map((passage) => (
                <li key={passage.paragraphId}>
                  <a
                    href={`${articlePath(variant, essay.slug)}#${passage.fragment}`}
                    data-passage={`${essay.slug}#${passage.paragraphId}`}
                    className="block rounded-md border border-(--color-rule) p-3 leading-relaxed text-(--color-ink) no-underline hover:border-(--color-accent)"
                  >
                    {passage.excerpt.map((piece, i) =>
                      piece.mark ? (
                        <mark key={i} className="rounded bg-(--color-accent)/15 px-0.5 text-(--color-ink)">
                          {piece.text}
                        </mark>
                      ) : (
                        <span key={i}>
                          {isTranslationVariant(variant) ? <ChineseRuns text={piece.text} /> : piece.text}
                        </span>
                      ),
                    )}
                    {passage.originalTerms ? (
                      <span className="ui ms-1 text-sm text-(--color-muted)" data-original-terms="">
                        ({t.originalTerms}{' '}
                        {passage.originalTerms.map((term, i) => (
                          <Fragment key={term}>
                            {i > 0 ? '、' : null}
                            <mark
                              lang={canonicalVariant.lang}
                              className="rounded bg-(--color-accent)/15 px-0.5 text-(--color-ink)"
                            >
                              {term}
                            </mark>
                          </Fragment>
                        ))}
                        )
                      </span>
                    ) : null}
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
