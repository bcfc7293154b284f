import type { Article } from '@/lib/articles';
import { getMessages } from '@/lib/i18n/messages';
import { themePath } from '@/lib/site';
import type { ThemeView } from '@/lib/themes';
import type { VariantId } from '@/lib/variants';

interface ThemeMapProps {
  variant: VariantId;
  themes: readonly ThemeView[];
  articles: readonly Article[];
}

/**
 * Essays × themes heat map as an HTML table, rendered at build time (no chart library shipped).
 * Each non-empty cell links to that essay's passages on the theme page.
 */
export function ThemeMap({ variant, themes, articles }: ThemeMapProps) {
  const t = getMessages(variant);
  const max = Math.max(1, ...themes.flatMap((theme) => theme.essays.map((e) => e.mentions)));
  return (
    <figure className="ui mt-6 overflow-x-auto" aria-labelledby="theme-map-caption">
      <table className="w-full border-collapse text-sm">
        <caption id="theme-map-caption" className="mb-2 text-start text-(--color-muted)">
          {t.themeMapCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-start font-normal text-(--color-muted)">
              {t.essay}
            </th>
            {themes.map((theme) => (
              <th key={theme.id} scope="col" className="min-w-14 p-2 align-bottom font-medium">
                <a href={themePath(variant, theme.id)} className="hover:text-(--color-accent)">
                  {theme.name}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.slug} className="border-t border-(--color-rule)">
              <th scope="row" className="max-w-56 p-2 text-start font-normal">
                {article.title}
              </th>
              {themes.map((theme) => {
                const count = theme.essays.find((e) => e.slug === article.slug)?.mentions ?? 0;
                const strength = count / max;
                return (
                  <td key={theme.id} className="p-1 text-center tabular-nums">
                    {count > 0 ? (
                      <a
                        href={`${themePath(variant, theme.id)}#${article.slug}`}
                        data-map-cell={`${article.slug}:${theme.id}`}
                        aria-label={`${article.title} · ${theme.name}：${t.mentions(count)}`}
                        className="block rounded px-2 py-1.5 font-semibold text-(--color-ink) no-underline"
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
    </figure>
  );
}
