import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleMeta } from '@/components/article/article-meta';
import { SiteFooter } from '@/components/ui/site-footer';
import { WordBreaks } from '@/components/typesetting/word-breaks';
import { SiteHeader } from '@/components/ui/site-header';
import { getArticles } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/site';
import { pageMetadata } from '@/lib/seo';
import { isVariantId } from '@/lib/variants';

export async function generateMetadata({ params }: PageProps<'/[variant]'>): Promise<Metadata> {
  const { variant } = await params;
  if (!isVariantId(variant)) return {};
  return pageMetadata({ variant, subpath: '', description: getMessages(variant).siteTagline });
}

/** Index of all essays in one variant. */
export default async function IndexPage({ params }: PageProps<'/[variant]'>) {
  const { variant } = await params;
  if (!isVariantId(variant)) notFound();
  const t = getMessages(variant);
  const articles = getArticles(variant);
  return (
    <>
      <SiteHeader variant={variant} subpath="" />
      <main id="main" className="mx-auto max-w-3xl px-4 pt-10">
        <h1 className="text-3xl leading-snug font-bold">{t.siteName}</h1>
        <p className="ui mt-2 text-(--color-muted)">{t.siteTagline}</p>
        <h2 className="sr-only">{t.articles}</h2>
        <ol className="mt-8 divide-y divide-(--color-rule)">
          {articles.map((article) => (
            <li key={article.slug} className="py-6">
              <article>
                <h3 className="text-xl leading-normal font-bold">
                  <a href={articlePath(variant, article.slug)} className="block py-2 hover:text-(--color-accent)">
                    <WordBreaks text={article.title} />
                  </a>
                </h3>
                {variant !== 'en' ? (
                  <p lang="en" className="ui mt-1 text-sm text-(--color-muted)" data-english-title="">
                    {article.english.title}
                  </p>
                ) : null}
                <div className="mt-2">
                  <ArticleMeta article={article} />
                </div>
                <p className="mt-2 leading-relaxed">{article.summary}</p>
                {variant !== 'en' ? (
                  <p lang="en" className="ui mt-1 text-sm leading-relaxed text-(--color-muted)" data-english-summary="">
                    {article.english.summary}
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
