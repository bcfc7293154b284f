import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleMeta } from '@/components/article/article-meta';
import { OfflineSave } from '@/components/ui/offline-save';
import { PageProse } from '@/components/ui/page-prose';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { getArticles } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { getAbout, getGuide } from '@/lib/model';
import { absoluteUrl, pageMetadata } from '@/lib/views/seo';
import { aboutPath, articlePath, correctionsEmail } from '@/lib/site';
import { isVariantId } from '@/lib/site/variants';

export async function generateMetadata({ params }: PageProps<'/[variant]/about'>): Promise<Metadata> {
  const { variant } = await params;
  if (!isVariantId(variant)) return {};
  const t = getMessages(variant);
  return pageMetadata({ variant, subpath: 'about/', title: getAbout(variant).title, description: t.aboutSourcesIntro });
}

/**
 * The masthead page: what the reader is and its policies (content/pages/about.md), then what only the data
 * can say truly: each essay's source as the source gives it, the number of editorial changes, and where to
 * send a correction.
 */
export default async function AboutPage({ params }: PageProps<'/[variant]/about'>) {
  const { variant } = await params;
  if (!isVariantId(variant)) notFound();
  const t = getMessages(variant);
  const about = getAbout(variant);
  const bySlug = new Map(getArticles(variant).map((a) => [a.slug, a]));
  const articles = getGuide(variant).data.readingOrder.map((slug) => bySlug.get(slug)!);
  const email = correctionsEmail();
  const subject = `${t.reportSubject}${t.siteName} · ${absoluteUrl(aboutPath(variant))}`;
  return (
    <>
      <SiteHeader variant={variant} subpath="about/" />
      <main id="main" className="mx-auto max-w-2xl px-4 pt-10">
        <h1 className="text-3xl font-bold">{about.title}</h1>
        <PageProse tree={about.body} className="page-prose mt-6" />
        <section aria-labelledby="sources" data-sources="" className="mt-10">
          <h2 id="sources" className="text-xl font-bold">
            {t.aboutSources}
          </h2>
          <p className="ui mt-2 text-sm text-(--color-muted)">{t.aboutSourcesIntro}</p>
          <ol className="mt-4 space-y-5">
            {articles.map((article) => (
              <li key={article.slug} data-source={article.slug}>
                <h3 className="font-bold">
                  <a
                    href={articlePath(variant, article.slug)}
                    className="inline-block min-h-11 py-2 hover:text-(--color-accent)"
                  >
                    {article.title}
                  </a>
                </h3>
                <ArticleMeta article={article} readingTime={false} />
                <p className="ui mt-1 text-sm text-(--color-muted)">
                  {article.sourceUrl ? (
                    <>
                      {t.sourceLink}
                      {t.colon}
                      <a
                        href={article.sourceUrl}
                        rel="noopener"
                        className="break-words text-(--color-accent) underline underline-offset-2"
                      >
                        {article.sourceUrl}
                      </a>
                    </>
                  ) : (
                    <span data-no-source-link="">{t.noSourceLink}</span>
                  )}
                  {' · '}
                  <a
                    href={`${articlePath(variant, article.slug)}#editor-note`}
                    className="text-(--color-accent) underline underline-offset-2"
                  >
                    {t.editorNoteOf(article.editorialChanges.length)}
                  </a>
                </p>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="report" data-report="" className="mt-10">
          <h2 id="report" className="text-xl font-bold">
            {t.reportHeading}
          </h2>
          <p className="mt-2 leading-relaxed">{t.reportBody}</p>
          <p className="ui mt-3">
            <a
              href={`mailto:${email}?subject=${encodeURIComponent(subject)}`}
              data-corrections=""
              className="inline-flex min-h-11 items-center text-(--color-accent) underline underline-offset-2"
            >
              {t.reportLink}
              {t.colon}
              {email}
            </a>
          </p>
        </section>
        {/* CC-CEDICT's licence asks for attribution where its glosses are used (the vocabularies, issue 32). */}
        <section aria-labelledby="cedict" data-cedict-credit="" className="mt-10">
          <h2 id="cedict" className="text-xl font-bold">
            {t.vocabulary.credit.heading}
          </h2>
          <p className="mt-2 leading-relaxed">
            {t.vocabulary.credit.before}
            <a
              href="https://cc-cedict.org/wiki/"
              rel="noopener"
              className="text-(--color-accent) underline underline-offset-2"
            >
              CC-CEDICT
            </a>
            {t.vocabulary.credit.middle}
            <a
              href="https://creativecommons.org/licenses/by-sa/4.0/"
              rel="noopener license"
              className="text-(--color-accent) underline underline-offset-2"
            >
              CC BY-SA 4.0
            </a>
            {t.vocabulary.credit.after}
          </p>
        </section>
        <section aria-labelledby="offline" hidden data-offline-section="" className="mt-10">
          <h2 id="offline" className="text-xl font-bold">
            {t.offline.saveAll}
          </h2>
          <div className="mt-2">
            <OfflineSave labels={t.offline} withNote />
          </div>
        </section>
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
