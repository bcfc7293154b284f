import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { EditorNote } from '@/components/article/editor-note';
import { PermalinkCopier } from '@/components/article/permalink-copier';
import { ReadingModeSwitch } from '@/components/article/reading-mode-switch';
import { ReadingProgress } from '@/components/article/reading-progress';
import { TableOfContents } from '@/components/article/table-of-contents';
import { RelatedReading } from '@/components/themes/related-reading';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { inlineScriptIds } from '@/lib/inline-scripts';
import { island } from '@/lib/islands';
import { getArticle, getArticles } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';
import { articleJsonLd } from '@/lib/json-ld';
import { modeRedirectScript } from '@/lib/reading-mode';
import { pageMetadata } from '@/lib/seo';
import { articlePath, bilingualPath, indexPath } from '@/lib/site';
import { canonicalVariant, isScriptVariant, isVariantId, variants } from '@/lib/variants';

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
  return pageMetadata({
    variant: article.variant,
    subpath: `articles/${article.slug}/`,
    title: article.title,
    description: article.summary,
    article: { publishedTime: article.date, authors: [article.author] },
  });
}

/** One essay in one variant: the Chinese text in a script, or the English translation. */
export default async function ArticlePage({ params }: PageProps<'/[variant]/articles/[slug]'>) {
  const article = await load(params);
  const t = getMessages(article.variant);
  const chinese = isScriptVariant(article.variant) ? article.variant : undefined;
  const original = chinese ? undefined : getArticle(article.slug, canonicalVariant.id);
  return (
    <>
      {chinese ? (
        // A reader who chose 中英对照 goes straight to the bilingual page (before this one paints).
        <script
          id={inlineScriptIds.readingModeRedirect}
          dangerouslySetInnerHTML={{ __html: modeRedirectScript(bilingualPath(chinese, article.slug)) }}
        />
      ) : null}
      <script
        type="application/ld+json"
        // JSON from our own data, with `<` escaped so no string can close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(articleJsonLd(article)).replace(/</g, '\\u003c') }}
      />
      <SiteHeader variant={article.variant} subpath={`articles/${article.slug}/`} />
      <ReadingProgress />
      <main
        id="main"
        className="mx-auto max-w-[40rem] px-4 pt-10 lg:grid lg:max-w-6xl lg:grid-cols-[minmax(0,1fr)_40rem_minmax(0,1fr)] lg:gap-10"
      >
        <div className="hidden lg:block" data-print="hide">
          <TableOfContents headings={article.headings} label={t.contents} />
        </div>
        <article {...island('offscreen-layout')} className="lg:col-start-2">
          <ArticleHeader
            article={article}
            originalTitle={original ? { text: original.title, lang: canonicalVariant.lang } : undefined}
          >
            {chinese ? (
              <ReadingModeSwitch
                current="zh"
                hrefs={{ zh: articlePath(chinese, article.slug), bilingual: bilingualPath(chinese, article.slug) }}
                labels={{ zh: t.modeChinese, bilingual: t.modeBilingual, group: t.readingMode }}
              />
            ) : null}
          </ArticleHeader>
          <div className="lg:hidden" data-print="hide">
            <TableOfContents headings={article.headings} label={t.contents} compact />
          </div>
          <ArticleBody
            tree={article.body}
            footnoteGotoLabel={t.footnoteGoto}
            glossaryGotoLabel={t.glossaryGoto}
            permalinkLabel={t.permalink}
          />
          <PermalinkCopier copiedLabel={t.permalinkCopied} />
          <RelatedReading slug={article.slug} variant={article.variant} />
          <EditorNote article={article} />
        </article>
        <p className="ui mt-10 text-sm lg:col-start-2">
          <a href={indexPath(article.variant)} className="text-(--color-accent)">
            ← {t.backToIndex}
          </a>
        </p>
      </main>
      <SiteFooter variant={article.variant} />
    </>
  );
}
