import { Fragment } from 'react';
import type { Article } from '@/lib/model';
import { getMessages } from '@/lib/i18n/messages';
import { themePath } from '@/lib/site';
import { lineBreakPieces } from '@/lib/text/line-break-pieces';
import type { ThemeView } from '@/lib/model';
import { getVariant, type VariantId } from '@/lib/site/variants';
import { ThemeMapKey } from './theme-map-key';

interface ThemeMapProps {
  variant: VariantId;
  themes: readonly ThemeView[];
  articles: readonly Article[];
}

/** A label that wraps only between its words (`word-break: keep-all` plus `<wbr>` between words). */
function Words({ text, lang }: { text: string; lang: string }) {
  return lineBreakPieces(text, lang).map((piece, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}

// The frozen first column: paper behind it, so the columns scrolled under it do not show through.
const frozen = 'theme-map-frozen sticky start-0 z-10 bg-(--color-paper)';

/**
 * Themes × essays heat map as an HTML table, rendered at build time (no chart library shipped). One row per
 * theme (its name in a frozen first column), one column per essay under its short label; the key below
 * names each essay in full. Each non-empty cell links to that essay's passages on the theme page. Fits a
 * 360 px screen; narrower, or with large text, it scrolls sideways under the theme column (app/styles/themes.css).
 */
export function ThemeMap({ variant, themes, articles }: ThemeMapProps) {
  const t = getMessages(variant);
  const { lang } = getVariant(variant);
  const max = Math.max(1, ...themes.flatMap((theme) => theme.essays.map((e) => e.mentions)));
  return (
    <figure
      className="ui mt-4 lg:grid lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-x-10"
      aria-labelledby="theme-map-caption"
    >
      <figcaption
        id="theme-map-caption"
        className="max-w-2xl text-sm leading-relaxed text-(--color-muted) lg:col-span-2"
      >
        {t.themeMapCaption}
      </figcaption>
      <div className="theme-map-scroll -mx-4 mt-3 pe-2 max-[359px]:pe-0 sm:mx-0 sm:pe-0" data-theme-map-scroll="">
        <table
          className="w-full border-separate border-spacing-0 text-sm"
          aria-labelledby="theme-map-caption"
          data-theme-map=""
        >
          <thead>
            <tr>
              <th
                scope="col"
                className={`${frozen} py-2 ps-4 pe-1.5 text-start align-bottom max-[359px]:ps-3 max-[359px]:pe-1 text-[0.8125rem] leading-tight font-normal text-(--color-muted) sm:ps-0`}
              >
                {t.themeMapThemes}
              </th>
              {articles.map((article) => (
                <th
                  key={article.slug}
                  scope="col"
                  data-map-column={article.slug}
                  className="px-0 py-2 text-center align-bottom text-[0.8125rem] leading-tight font-medium break-keep sm:w-[13%]"
                >
                  <span aria-hidden="true">
                    <Words text={article.short} lang={lang} />
                  </span>
                  <span className="sr-only">{article.title}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row" className={`${frozen} border-t border-(--color-rule) p-0 text-start font-normal`}>
                  <a
                    href={themePath(variant, theme.id)}
                    data-map-theme={theme.id}
                    className="flex min-h-11 items-center py-1 ps-4 pe-1.5 leading-snug max-[359px]:ps-3 max-[359px]:pe-1 break-keep hover:text-(--color-accent) sm:ps-0"
                  >
                    <span>
                      <Words text={theme.name} lang={lang} />
                    </span>
                  </a>
                </th>
                {articles.map((article) => {
                  const count = theme.essays.find((e) => e.slug === article.slug)?.mentions ?? 0;
                  const strength = count / max;
                  return (
                    <td key={article.slug} className="border-t border-(--color-rule) p-0 text-center tabular-nums">
                      {count > 0 ? (
                        <a
                          href={`${themePath(variant, theme.id)}#${article.slug}`}
                          data-map-cell={`${article.slug}:${theme.id}`}
                          aria-label={t.themeMapCell(article.title, theme.name, count)}
                          // A 44 px target; the transparent border shows as a gap between neighbouring cells.
                          className="flex h-11 min-w-11 items-center justify-center rounded-md border-2 border-transparent bg-clip-padding font-semibold text-(--color-ink) no-underline"
                          style={{
                            // Up to 40% accent keeps ink text above 4.5:1 contrast in both themes.
                            backgroundColor: `color-mix(in srgb, var(--color-accent) ${Math.round(8 + strength * 32)}%, var(--color-paper))`,
                          }}
                        >
                          {count}
                        </a>
                      ) : (
                        <>
                          <span aria-hidden="true" className="text-(--color-muted)">
                            ·
                          </span>
                          <span className="sr-only">0</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ThemeMapKey variant={variant} articles={articles} />
    </figure>
  );
}
