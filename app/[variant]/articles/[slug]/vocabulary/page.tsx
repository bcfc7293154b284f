import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { VocabularyList } from '@/components/vocabulary/vocabulary-list';
import { vocabularyFileName } from '@/lib/lexicon/export';
import { essayVocabulary } from '@/lib/lexicon/vocabulary';
import { getArticle, getArticles } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/views/seo';
import { articlePath, vocabularyPath } from '@/lib/site';
import { isScriptVariant, isVariantId, scriptVariants, translationVariant } from '@/lib/site/variants';

export const dynamicParams = false;

/** A vocabulary per Chinese edition and essay; the English edition has none (docs/decisions.md). */
export function generateStaticParams() {
  return scriptVariants.flatMap((v) => getArticles(v.id).map((a) => ({ variant: v.id, slug: a.slug })));
}

async function load(params: PageProps<'/[variant]/articles/[slug]/vocabulary'>['params']) {
  const { variant, slug } = await params;
  if (!isVariantId(variant) || !isScriptVariant(variant)) notFound();
  const article = getArticle(slug, variant);
  if (!article) notFound();
  return { article, variant };
}

export async function generateMetadata({
  params,
}: PageProps<'/[variant]/articles/[slug]/vocabulary'>): Promise<Metadata> {
  const { article, variant } = await load(params);
  const t = getMessages(variant);
  return pageMetadata({
    variant,
    subpath: `articles/${article.slug}/vocabulary/`,
    title: t.vocabulary.title(article.title),
    description: t.vocabulary.intro(essayVocabulary(article).entries.length),
    available: scriptVariants.map((v) => v.id),
    shareSlug: article.slug,
  });
}

/** An essay's vocabulary: its key words with readings, meaning, forms and first sentence, and the downloads. */
export default async function VocabularyPage({ params }: PageProps<'/[variant]/articles/[slug]/vocabulary'>) {
  const { article, variant } = await load(params);
  const t = getMessages(variant);
  const { entries } = essayVocabulary(article);
  const link =
    'inline-flex min-h-11 items-center text-sm text-(--color-ink) underline decoration-(--color-accent) underline-offset-4 hover:text-(--color-accent)';
  return (
    <>
      <SiteHeader
        variant={variant}
        subpath={`articles/${article.slug}/vocabulary/`}
        switchTo={{
          ...Object.fromEntries(scriptVariants.map((v) => [v.id, vocabularyPath(v.id, article.slug)])),
          en: articlePath(translationVariant.id, article.slug),
        }}
      />
      <main id="main" className="mx-auto max-w-[40rem] px-4 pt-7 lg:max-w-[76rem]">
        <p className="text-lg">
          <a
            href={articlePath(variant, article.slug)}
            data-vocabulary-back=""
            // A 44 px target on phones (WCAG 2.5.5; tests/e2e/phone-layout.spec.ts): the link stands alone.
            className="inline-block py-2.5 underline decoration-(--color-accent) underline-offset-4 hover:text-(--color-accent)"
          >
            {article.title}
          </a>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{t.vocabulary.heading}</h1>
        <p className="ui mt-3 max-w-[40rem] text-sm leading-relaxed text-(--color-muted)">
          {t.vocabulary.intro(entries.length)}
        </p>
        <p className="ui mt-2 flex flex-wrap gap-x-6" data-print="hide">
          {(['tsv', 'csv'] as const).map((format) => (
            <a
              key={format}
              href={`${vocabularyPath(variant, article.slug)}${vocabularyFileName(article.slug, variant, format)}`}
              download=""
              type={format === 'tsv' ? 'text/tab-separated-values' : 'text/csv'}
              data-vocabulary-download={format}
              className={link}
            >
              {t.vocabulary.download[format]}
            </a>
          ))}
        </p>
        <div className="mt-6">
          <VocabularyList entries={entries} variant={variant} labels={t.vocabulary} readingNames={t.readingsChoice} />
        </div>
      </main>
      <SiteFooter variant={variant} />
    </>
  );
}
