import type { ReactNode } from 'react';
import { EpubLink } from '@/components/article/epub-link';
import { ThemeChips } from '@/components/themes/theme-chips';
import type { Book } from '@/lib/epub/books';
import type { Article } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import type { ThemeView } from '@/lib/model';
import { vocabularyPath } from '@/lib/site';
import { isScriptVariant } from '@/lib/site/variants';

interface AboutEssayProps {
  article: Article;
  /** The themes of the page's variant (for the essay's theme chips). */
  themes: readonly ThemeView[];
  /** The essay's title in its Chinese original, on English pages. */
  originalTitle?: { text: string; lang: string };
  /** The page's EPUB book (the essay's, or on 中英对照 its pairs book). */
  book: Book;
  /** The reading modes (a `ReadingModeSwitch`). */
  children?: ReactNode;
}

/**
 * After the essay: the title and deck in the other language, the source, the translation note, the
 * essay's themes with their mention counts, and the ways to read it (the reading modes, the EPUB book, the
 * vocabulary in a Chinese edition). Kept
 * out of the first screen.
 */
export function AboutEssay({ article, themes: allThemes, originalTitle, book, children }: AboutEssayProps) {
  const t = getMessages(article.variant);
  const themes = new Map(allThemes.map((theme) => [theme.id, theme]));
  const chinese = isScriptVariant(article.variant);
  return (
    <section aria-labelledby="about-essay" data-about-essay="" className="mt-12 border-t border-(--color-rule) pt-6">
      <h2 id="about-essay" className="ui text-base font-semibold">
        {t.aboutEssay}
      </h2>
      <dl className="ui mt-3 space-y-3 text-sm">
        {chinese ? (
          <div>
            <dt className="text-(--color-muted)">{t.englishTitle}</dt>
            <dd lang="en" data-english-title="" className="mt-0.5 text-base">
              {article.english.title}
            </dd>
            <dd lang="en" data-english-summary="" className="mt-1 text-(--color-muted)">
              {article.english.summary}
            </dd>
          </div>
        ) : originalTitle ? (
          <div>
            <dt className="text-(--color-muted)">{t.originalTitle}</dt>
            <dd lang={originalTitle.lang} data-original-title="" className="mt-0.5 text-base">
              {originalTitle.text}
            </dd>
          </div>
        ) : null}
        {article.outlet ? (
          <div>
            <dt className="text-(--color-muted)">{t.outletLabel}</dt>
            <dd data-outlet="" className="mt-0.5">
              {article.outlet}
            </dd>
          </div>
        ) : null}
      </dl>
      {/* Italic only in English: Chinese is never set in italics (clreq; the site marks emphasis with dots).
          The muted small type is what sets the note apart in every edition. */}
      <p className={`ui mt-3 text-sm text-(--color-muted) ${chinese ? '' : 'italic'}`} data-translation-note="">
        {t.translationNote}
      </p>
      <div className="mt-4">
        <ThemeChips
          variant={article.variant}
          label={t.essayThemes}
          themes={article.themeCounts.map(({ id }) => themes.get(id)!)}
          counts={new Map(article.themeCounts.map(({ id, count }) => [id, count]))}
        />
      </div>
      {children ? <div className="mt-4 max-w-xs">{children}</div> : null}
      <p className="ui mt-2 flex flex-wrap gap-x-6" data-print="hide">
        <EpubLink book={book} />
        {/* Each Chinese edition's vocabulary of the essay (issue 32); the English edition has none. */}
        {chinese ? (
          <a
            href={vocabularyPath(article.variant, article.slug)}
            data-vocabulary-link=""
            className="inline-flex min-h-11 items-center text-sm text-(--color-ink) underline decoration-(--color-accent) underline-offset-4 hover:text-(--color-accent)"
          >
            {t.vocabulary.link}
          </a>
        ) : null}
      </p>
    </section>
  );
}
