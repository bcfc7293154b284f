import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleMeta } from '@/components/article/article-meta';
import { EditorNote } from '@/components/article/editor-note';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { getArticle, getArticles } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';
import { indexPath } from '@/lib/site';
import { isVariantId, variants } from '@/lib/variants';

export const dynamicParams = false;

export function generateStaticParams() {
  return variants.flatMap((v) => getArticles(v.id).map((a) => ({ variant: v.id, slug: a.slug })));
}

async function load(params: PageProps<'/[variant]/articles/[slug]'>['params']) {
  const { variant, slug } = await params;
  if (!isVariantId(variant)) notFound();
  const article = getArticle(slug, variant);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: PageProps<'/[variant]/articles/[slug]'>): Promise<Metadata> {
  const article = await load(params);
  return { title: article.title, description: article.summary, authors: [{ name: article.author }] };
}

/** One essay in one variant. */
export default async function ArticlePage({ params }: PageProps<'/[variant]/articles/[slug]'>) {
  const article = await load(params);
  const t = getMessages(article.variant);
  return (
    <>
      <SiteHeader variant={article.variant} subpath={`articles/${article.slug}/`} />
      <main id="main" className="mx-auto max-w-[40rem] px-4 pt-10">
        <article>
          <header className="mb-10">
            <h1 className="text-[1.75rem] leading-snug font-bold sm:text-3xl">{article.title}</h1>
            <div className="mt-4">
              <ArticleMeta article={article} />
            </div>
            <p className="mt-4 text-(--color-muted)">{article.summary}</p>
          </header>
          <ArticleBody tree={article.body} />
          <EditorNote article={article} />
        </article>
        <p className="ui mt-10 text-sm">
          <Link href={indexPath(article.variant)} className="text-(--color-accent)">
            ← {t.backToIndex}
          </Link>
        </p>
      </main>
      <SiteFooter variant={article.variant} />
    </>
  );
}
