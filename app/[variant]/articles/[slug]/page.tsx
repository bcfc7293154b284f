import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AboutEssay } from '@/components/article/about-essay';
import { bookFor } from '@/lib/epub/books';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { BackToIndex } from '@/components/article/back-to-index';
import { EditorNote } from '@/components/article/editor-note';
import { ListenControl } from '@/components/article/listen-control';
import { PermalinkCopier } from '@/components/article/permalink-copier';
import { ReadingModeSegments, ReadingModeSwitch } from '@/components/article/reading-mode-switch';
import { ReadingProgress } from '@/components/article/reading-progress';
import { TableOfContents } from '@/components/article/table-of-contents';
import { shareImagePath } from '@/lib/covers/share-images';
import { RelatedReading } from '@/components/themes/related-reading';
import { ThemeNotes } from '@/components/themes/theme-notes';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { inlineScriptIds } from '@/lib/browser/inline-scripts';
import { island } from '@/lib/browser/islands';
import { wrapRegionalWords } from '@/lib/regional/wrap';
import { readingsOf } from '@/lib/readings/page';
import { getArticle, getArticles, getRelated, getThemes } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { articleJsonLd } from '@/lib/views/json-ld';
import { modeChoices, modeSegments } from '@/lib/views/mode-choices';
import { modeRedirectScript } from '@/lib/browser/reading-mode';
import { pageMetadata } from '@/lib/views/seo';
import { shortTitle } from '@/lib/views/short-title';
import { articlePath, bilingualPath } from '@/lib/site';
import {
  canonicalVariant,
  getVariant,
  isScriptVariant,
  isVariantId,
  translationVariant,
  variants,
} from '@/lib/site/variants';

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
    shareSlug: article.slug,
  });
}

/** One essay in one variant: the Chinese text in a script, or the English translation. */
export default async function ArticlePage({ params }: PageProps<'/[variant]/articles/[slug]'>) {
  const article = await load(params);
  const t = getMessages(article.variant);
  const chinese = isScriptVariant(article.variant) ? article.variant : undefined;
  const original = chinese ? undefined : getArticle(article.slug, canonicalVariant.id);
  const modes = modeChoices(
    { variant: article.variant, slug: article.slug, mode: chinese ? 'zh' : 'en' },
    { zh: t.modeChinese, bilingual: t.modeBilingual, en: t.modeEnglish, alongside: t.readAlongside },
  );
  const segments = modeSegments(
    { variant: article.variant, slug: article.slug, mode: chinese ? 'zh' : 'en' },
    t.modeSegments,
  );
  const body = (
    <ArticleBody
      tree={wrapRegionalWords(article.body, article.wording)}
      footnoteGotoLabel={t.footnoteGoto}
      glossaryGotoLabel={t.glossaryGoto}
      permalinkLabel={t.permalink}
      backrefsLabel={t.noteBackAll}
      lang={getVariant(article.variant).lang}
      other={
        chinese
          ? {
              language: 'english',
              href: (id) => `${bilingualPath(chinese, article.slug)}#${id}`,
              label: `${t.paragraphEnglishShow}（EN）`,
            }
          : {
              language: 'chinese',
              href: (id) => `${bilingualPath(canonicalVariant.id, article.slug)}#${id}`,
              label: t.paragraphChineseShow,
            }
      }
    />
  );
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
      <SiteHeader
        variant={article.variant}
        subpath={`articles/${article.slug}/`}
        modes={modes}
        title={shortTitle(article.title)}
        contents={{ headings: article.headings, label: t.contents }}
        wording={Object.keys(article.wording).length > 0}
        readings={readingsOf(article.variant)}
        writing={Boolean(chinese)}
      />
      <ReadingProgress />
      <main
        id="main"
        data-readings-page={chinese ? '' : undefined}
        className="mx-auto max-w-[40rem] px-4 pt-5 sm:pt-10 lg:grid lg:max-w-6xl lg:grid-cols-[minmax(0,1fr)_40rem_minmax(0,1fr)] lg:gap-10"
      >
        <div className="hidden lg:block" data-print="hide">
          <TableOfContents headings={article.headings} label={t.contents} />
        </div>
        <article {...island('offscreen-layout')} className="lg:col-start-2">
          <ArticleHeader
            article={article}
            path={articlePath(article.variant, article.slug)}
            controls={
              <>
                <ReadingModeSegments choices={segments} label={t.readingMode} />
                <ListenControl
                  edition={article.variant}
                  slug={article.slug}
                  labels={t.listen}
                  title={article.title}
                  site={t.siteName}
                  cover={shareImagePath(article.variant, article.slug)}
                />
              </>
            }
          />
          {chinese ? (
            <div {...island('paragraph-english', { englishSrc: articlePath(translationVariant.id, article.slug) })}>
              {body}
            </div>
          ) : (
            <div {...island('paragraph-chinese', { chineseSrc: articlePath(canonicalVariant.id, article.slug) })}>
              {body}
            </div>
          )}
          <PermalinkCopier copiedLabel={t.permalinkCopied} />
          <AboutEssay
            themes={getThemes(article.variant)}
            article={article}
            book={bookFor(article.variant, 'essay', article.slug)}
            originalTitle={original ? { text: original.title, lang: canonicalVariant.lang } : undefined}
          >
            <ReadingModeSwitch choices={modes} label={t.readingMode} />
          </AboutEssay>
          <RelatedReading
            variant={article.variant}
            related={getRelated(article.slug, article.variant)}
            themeNames={new Map(getThemes(article.variant).map((theme) => [theme.id, theme.name]))}
          />
          <EditorNote article={article} />
        </article>
        <div className="hidden lg:block" data-print="hide" data-side-modes="">
          <div className="sticky top-20">
            <p className="ui mb-2 text-sm font-semibold">{t.readingMode}</p>
            <ReadingModeSwitch choices={modes} label={t.readingMode} />
          </div>
        </div>
        <ThemeNotes variant={article.variant} themes={getThemes(article.variant)} gotoLabel={t.themeGoto} />
        <BackToIndex variant={article.variant} className="lg:col-start-2" />
      </main>
      <SiteFooter variant={article.variant} />
    </>
  );
}
