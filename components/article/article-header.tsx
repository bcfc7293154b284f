import type { Article } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';
import { getThemes } from '@/lib/themes';
import { ThemeChips } from '@/components/themes/theme-chips';
import { ArticleMeta } from './article-meta';
import { WordBreaks } from '@/components/typesetting/word-breaks';

interface ArticleHeaderProps {
  article: Article;
  /** The essay's title in its Chinese original, shown under the English title on English pages. */
  originalTitle?: { text: string; lang: string };
  children?: React.ReactNode;
}

/** Title, English (or original) title, meta line, summary, English summary and theme chips. */
export function ArticleHeader({ article, originalTitle, children }: ArticleHeaderProps) {
  const t = getMessages(article.variant);
  const themes = new Map(getThemes(article.variant).map((theme) => [theme.id, theme]));
  const english = article.variant !== 'en';
  return (
    <header className="mb-10">
      <h1 className="text-[1.75rem] leading-snug font-bold sm:text-3xl">
        <WordBreaks text={article.title} />
      </h1>
      {english ? (
        <p lang="en" className="ui mt-2 text-base leading-snug text-(--color-muted) sm:text-lg" data-english-title="">
          {article.english.title}
        </p>
      ) : originalTitle ? (
        <p lang={originalTitle.lang} className="mt-2 text-lg leading-snug text-(--color-muted)" data-original-title="">
          {originalTitle.text}
        </p>
      ) : null}
      <div className="mt-4">
        <ArticleMeta article={article} />
      </div>
      <p className="mt-4 text-(--color-muted)">{article.summary}</p>
      {english ? (
        <p lang="en" className="ui mt-2 text-sm text-(--color-muted)" data-english-summary="">
          {article.english.summary}
        </p>
      ) : (
        <p className="ui mt-2 text-sm text-(--color-muted) italic" data-translation-note="">
          {t.translationNote}
        </p>
      )}
      <div className="mt-4">
        <ThemeChips
          variant={article.variant}
          label={t.essayThemes}
          themes={article.themeCounts.map(({ id }) => themes.get(id)!)}
          counts={new Map(article.themeCounts.map(({ id, count }) => [id, count]))}
        />
      </div>
      {children ? <div className="mt-4">{children}</div> : null}
    </header>
  );
}
