import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EssayIndex } from '@/components/front/essay-index';
import { EpubLink } from '@/components/article/epub-link';
import { bookFor } from '@/lib/epub/books';
import { ThemeChipList } from '@/components/front/theme-chip-list';
import { ArticleMeta } from '@/components/article/article-meta';
import { CoverArt } from '@/components/covers/cover-art';
import { PageProse, splitLead } from '@/components/ui/page-prose';
import { SiteFooter } from '@/components/ui/site-footer';
import { WordBreaks } from '@/components/typesetting/word-breaks';
import { SiteHeader } from '@/components/ui/site-header';
import { getArticles, getArticlesInReadingOrder } from '@/lib/model';
import { essayCover } from '@/lib/covers/cover';
import { getMessages } from '@/lib/i18n/messages';
import { getGuide } from '@/lib/model';
import { articlePath, themePath } from '@/lib/site';
import { pageMetadata } from '@/lib/views/seo';
import { getThemes } from '@/lib/model';
import { isScriptVariant, isVariantId } from '@/lib/site/variants';

export async function generateMetadata({ params }: PageProps<'/[variant]'>): Promise<Metadata> {
  const { variant } = await params;
  if (!isVariantId(variant)) return {};
  return pageMetadata({
    variant,
    subpath: '',
    description: getMessages(variant).siteTagline(getArticles(variant).length),
  });
}

/**
 * The front page: the masthead, the editors' 导读 (content/pages/guide.md) whose lead paragraph is followed
 * at once by the essays' titles (so a phone reader reaches every essay on the first screen, issue 28), the
 * rest of the 导读 (its essay names link to the essays), then the essays in the reading order it suggests,
 * each with its cover, labelled byline, deck and leading themes.
 */
export default async function FrontPage({ params }: PageProps<'/[variant]'>) {
  const { variant } = await params;
  if (!isVariantId(variant)) notFound();
  const t = getMessages(variant);
  const guide = getGuide(variant);
  const themes = getThemes(variant);
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const articles = getArticlesInReadingOrder(variant);
  const [lead, rest] = splitLead(guide.body);
  return (
    <>
      <SiteHeader variant={variant} subpath="" />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-5 sm:pt-12">
        <header data-masthead="" className="border-b-2 border-(--color-ink) pb-4">
          <p className="ui text-sm tracking-wide text-(--color-accent)">{t.siteSubtitle}</p>
          <h1 className="mt-1 text-3xl leading-tight font-black sm:text-5xl">{t.siteName}</h1>
          <p className="ui mt-2 text-(--color-muted)">{t.siteTagline(articles.length)}</p>
        </header>
        <section aria-labelledby="guide" data-guide="" className="mt-6 sm:mt-8">
          <h2 id="guide" className="ui text-sm font-semibold tracking-wide text-(--color-accent)">
            {guide.title}
          </h2>
          <PageProse tree={lead} className="guide-prose guide-lead mt-2" />
          <EssayIndex variant={variant} label={t.essayIndex} articles={articles} />
          <PageProse tree={rest} className="guide-prose mt-6" />
        </section>
        <section aria-labelledby="essays" className="mt-10">
          <h2 id="essays" className="ui text-sm font-semibold tracking-wide text-(--color-accent)">
            {t.readingOrder}
          </h2>
          <ol data-essay-list="" className="mt-2 divide-y divide-(--color-rule)">
            {articles.map((article, i) => {
              const leading = article.themeCounts.slice(0, 3).map(({ id }) => themeById.get(id)!);
              return (
                <li key={article.slug} data-essay={article.slug} className="py-6">
                  {/* The whole card opens the essay: the title's link is stretched over it (its ::after); the
                      theme links sit above that layer. */}
                  <article className="relative grid gap-4 sm:grid-cols-[14rem_1fr] sm:gap-6">
                    <CoverArt cover={essayCover(article, themes)} number={i + 1} />
                    <div>
                      <h3 className="text-xl leading-snug font-bold">
                        <a
                          href={articlePath(variant, article.slug)}
                          className="block min-h-11 py-2 after:absolute after:inset-0 hover:text-(--color-accent)"
                        >
                          <WordBreaks text={article.title} />
                        </a>
                      </h3>
                      {isScriptVariant(variant) ? (
                        <p lang="en" className="ui mt-1 text-sm text-(--color-muted)" data-english-title="">
                          {article.english.title}
                        </p>
                      ) : null}
                      <div className="mt-2">
                        <ArticleMeta article={article} />
                      </div>
                      <p className="mt-2 leading-relaxed">{article.summary}</p>
                      {leading.length > 0 ? (
                        <ThemeChipList
                          label={t.leadsWith}
                          themes={leading.map((theme) => ({ href: themePath(variant, theme.id), name: theme.name }))}
                        />
                      ) : null}
                    </div>
                  </article>
                </li>
              );
            })}
          </ol>
          <p className="ui mt-2 border-t border-(--color-rule) pt-4" data-print="hide">
            <EpubLink book={bookFor(variant, 'collection')} />
          </p>
        </section>
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
