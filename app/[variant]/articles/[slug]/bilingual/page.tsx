import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AboutEssay } from '@/components/article/about-essay';
import { bookFor } from '@/lib/epub/books';
import { ArticleHeader } from '@/components/article/article-header';
import { BackToIndex } from '@/components/article/back-to-index';
import { BilingualBody } from '@/components/article/bilingual-body';
import { EditorNote } from '@/components/article/editor-note';
import { ListenControl } from '@/components/article/listen-control';
import { ModeNotice } from '@/components/article/mode-notice';
import { PermalinkCopier } from '@/components/article/permalink-copier';
import { ReadingModeSegments, ReadingModeSwitch } from '@/components/article/reading-mode-switch';
import { ReadingProgress } from '@/components/article/reading-progress';
import { shareImagePath } from '@/lib/covers/share-images';
import { RelatedReading } from '@/components/themes/related-reading';
import { ThemeNotes } from '@/components/themes/theme-notes';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { island } from '@/lib/browser/islands';
import { wrapRegionalWords } from '@/lib/regional/wrap';
import { readingsOf } from '@/lib/readings/page';
import { getArticle, getArticles, getRelated, getThemes } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { modeChoices, modeSegments } from '@/lib/views/mode-choices';
import { pageMetadata } from '@/lib/views/seo';
import { shortTitle } from '@/lib/views/short-title';
import { articlePath, bilingualPath } from '@/lib/site';
import { getVariant, isScriptVariant, isVariantId, scriptVariants, translationVariant } from '@/lib/site/variants';

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
    shareSlug: article.slug,
  });
}

/**
 * 中英对照: the essay with this site's English translation, pair by pair. Each column keeps a reading measure
 * (at most 40rem in one column, two columns of at most 36rem from 1024 px); the table of contents opens
 * from the essay's title in the header at every width, as there is no room beside two columns.
 */
export default async function BilingualPage({ params }: PageProps<'/[variant]/articles/[slug]/bilingual'>) {
  const { article, variant, translation } = await load(params);
  const t = getMessages(variant);
  const modes = modeChoices(
    { variant, slug: article.slug, mode: 'bilingual' },
    { zh: t.modeChinese, bilingual: t.modeBilingual, en: t.modeEnglish, alongside: t.readAlongside },
  );
  const segments = modeSegments({ variant: variant, slug: article.slug, mode: 'bilingual' }, t.modeSegments);
  return (
    <>
      <SiteHeader
        wording={Object.keys(article.wording).length > 0}
        readings={readingsOf(variant)}
        variant={variant}
        subpath={`articles/${article.slug}/bilingual/`}
        switchTo={{
          ...Object.fromEntries(scriptVariants.map((v) => [v.id, bilingualPath(v.id, article.slug)])),
          en: articlePath(translationVariant.id, article.slug),
        }}
        modes={modes}
        title={shortTitle(article.title)}
        contents={{ headings: article.headings, label: t.contents }}
      />
      <ReadingProgress />
      <main
        id="main"
        data-readings-page={readingsOf(variant) ? '' : undefined}
        className="mx-auto max-w-[40rem] px-4 pt-5 sm:pt-10 lg:max-w-[76rem]"
      >
        <article {...island('offscreen-layout')}>
          <div className="max-w-[40rem]">
            <ArticleHeader
              article={article}
              path={bilingualPath(variant, article.slug)}
              controls={
                <>
                  <ReadingModeSegments choices={segments} label={t.readingMode} />
                  <ListenControl
                    edition={variant}
                    slug={article.slug}
                    labels={t.listen}
                    title={article.title}
                    site={t.siteName}
                    cover={shareImagePath(variant, article.slug)}
                  />
                </>
              }
            />
          </div>
          <BilingualBody
            chinese={wrapRegionalWords(article.body, article.wording)}
            english={translation.body}
            chineseLang={getVariant(variant).lang}
            labels={{
              footnoteGoto: t.footnoteGoto,
              glossaryGoto: t.glossaryGoto,
              permalink: t.permalink,
              backrefs: t.noteBackAll,
            }}
          />
          <PermalinkCopier copiedLabel={t.permalinkCopied} />
          <div className="max-w-[40rem]">
            <AboutEssay article={article} themes={getThemes(variant)} book={bookFor(variant, 'pairs', article.slug)}>
              <ReadingModeSwitch choices={modes} label={t.readingMode} />
            </AboutEssay>
            <RelatedReading
              variant={variant}
              related={getRelated(article.slug, variant)}
              themeNames={new Map(getThemes(variant).map((theme) => [theme.id, theme.name]))}
            />
            <EditorNote article={article} />
          </div>
        </article>
        <ThemeNotes variant={variant} themes={getThemes(variant)} gotoLabel={t.themeGoto} />
        <ModeNotice
          from={articlePath(variant, article.slug)}
          labels={{ text: t.modeRedirected, back: t.modeRedirectedBack, dismiss: t.dismiss }}
        />
        <BackToIndex variant={variant} />
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
