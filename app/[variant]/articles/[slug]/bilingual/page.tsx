import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleHeader } from '@/components/article/article-header';
import { BilingualBody } from '@/components/article/bilingual-body';
import { EditorNote } from '@/components/article/editor-note';
import { PermalinkCopier } from '@/components/article/permalink-copier';
import { ReadingModeSwitch } from '@/components/article/reading-mode-switch';
import { ReadingProgress } from '@/components/article/reading-progress';
import { RelatedReading } from '@/components/themes/related-reading';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { island } from '@/lib/islands';
import { getArticle, getArticles } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/seo';
import { articlePath, bilingualPath, indexPath } from '@/lib/site';
import { getVariant, isScriptVariant, isVariantId, scriptVariants } from '@/lib/variants';

export const dynamicParams = false;

/** A bilingual page per Chinese script and essay (English alone is `/en/articles/<slug>/`). */
export function generateStaticParams() {
  return scriptVariants.flatMap((v) => getArticles(v.id).map((a) => ({ variant: v.id, slug: a.slug })));
}

async function load(params: PageProps<'/[variant]/articles/[slug]/bilingual'>['params']) {
  const { variant, slug } = await params;
  if (!isVariantId(variant) || !isScriptVariant(variant)) notFound();
  const article = getArticle(slug, variant);
  if (!article?.translation) notFound();
  return { article, variant, translation: article.translation };
}

export async function generateMetadata({
  params,
}: PageProps<'/[variant]/articles/[slug]/bilingual'>): Promise<Metadata> {
  const { article, variant } = await load(params);
  const t = getMessages(variant);
  return pageMetadata({
    variant,
    subpath: `articles/${article.slug}/bilingual/`,
    title: `${article.title}（${t.modeBilingual}）`,
    description: article.summary,
    article: { publishedTime: article.date, authors: [article.author] },
    available: scriptVariants.map((v) => v.id),
  });
}

/** 中英对照: the essay with this site's English translation, paragraph by paragraph. */
export default async function BilingualPage({ params }: PageProps<'/[variant]/articles/[slug]/bilingual'>) {
  const { article, variant, translation } = await load(params);
  const t = getMessages(variant);
  return (
    <>
      <SiteHeader
        variant={variant}
        subpath={`articles/${article.slug}/bilingual/`}
        switchTo={{
          ...Object.fromEntries(scriptVariants.map((v) => [v.id, bilingualPath(v.id, article.slug)])),
          en: articlePath('en', article.slug),
        }}
      />
      <ReadingProgress />
      <main id="main" className="mx-auto max-w-6xl px-4 pt-10">
        <article {...island('offscreen-layout')}>
          <div className="max-w-[40rem]">
            <ArticleHeader article={article}>
              <ReadingModeSwitch
                current="bilingual"
                hrefs={{ zh: articlePath(variant, article.slug), bilingual: bilingualPath(variant, article.slug) }}
                labels={{ zh: t.modeChinese, bilingual: t.modeBilingual, group: t.readingMode }}
              />
            </ArticleHeader>
          </div>
          <BilingualBody
            chinese={article.body}
            english={translation.body}
            chineseLang={getVariant(variant).lang}
            labels={{ footnoteGoto: t.footnoteGoto, glossaryGoto: t.glossaryGoto, permalink: t.permalink }}
          />
          <PermalinkCopier copiedLabel={t.permalinkCopied} />
          <div className="max-w-[40rem]">
            <RelatedReading slug={article.slug} variant={variant} />
            <EditorNote article={article} />
          </div>
        </article>
        <p className="ui mt-10 text-sm">
          <a href={indexPath(variant)} className="text-(--color-accent)">
            ← {t.backToIndex}
          </a>
        </p>
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
