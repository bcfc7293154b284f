import type { Metadata } from 'next';
import { chosenVariantExpression } from '@/lib/browser/choose-variant';
import { getMessages } from '@/lib/i18n/messages';
import { inlineScriptIds } from '@/lib/browser/inline-scripts';
import { variantFromPath } from '@/lib/browser/not-found-variant';
import { NotFoundHeader } from '@/components/ui/not-found-header';
import { ReaderPrefsScript } from '@/components/ui/reader-prefs-script';
import { aboutPath, indexPath, searchPath, site, themesPath } from '@/lib/site';
import { feedLinks, siteUrl } from '@/lib/views/seo';
import { variantChoices, variantIds, variants } from '@/lib/site/variants';
import './globals.css';

export const metadata: Metadata = {
  title: '404 · 找不到页面 / 找不到頁面 / Page not found',
  description: '找不到页面 · 找不到頁面 · Page not found — AI 与工作 · 双语读本',
  robots: { index: false },
  metadataBase: siteUrl(),
  alternates: { types: feedLinks(variantIds) },
};

const ids = variants.map((v) => v.id);
const langs = Object.fromEntries(variants.map((v) => [v.id, v.lang]));

// Before first paint: pick the reader's script (the URL's, else remembered, else the browser's) and
// show only that section. A fixed string from our own tested functions, not content.
const localize = `(function(){var v=(${variantFromPath.toString()})(location.pathname,${JSON.stringify(ids)});
if(!v)v=${chosenVariantExpression(variantChoices(), site.variantStorageKey)};
var r=document.documentElement;r.setAttribute('data-variant',v);r.lang=${JSON.stringify(langs)}[v]})()`;

// Once the head script has picked a variant, only that variant's section shows (one rule per variant).
const onlyChosen = variants
  .map((v) => `html[data-variant='${v.id}'] [data-variant-section]:not([data-variant-section='${v.id}']){display:none}`)
  .join('\n');

/**
 * 404 for any unmatched URL. Static hosts serve one 404 page for every path, so it holds every variant;
 * a script in the head shows only the reader's (without JavaScript all are shown). Each edition has the
 * site's header (name, search, themes, About) and a search form, so a reader who followed a broken link
 * can look for what they wanted (issue 28).
 */
export default function GlobalNotFound() {
  return (
    <html lang="zh" suppressHydrationWarning>
      <head>
        {/* Applies the reader's theme and font size before first paint (tested in lib/browser/reader-prefs.ts). */}
        <ReaderPrefsScript />
        <script id={inlineScriptIds.notFoundVariant} dangerouslySetInnerHTML={{ __html: localize }} />
        <style dangerouslySetInnerHTML={{ __html: onlyChosen }} />
      </head>
      <body className="min-h-screen antialiased">
        {variants.map((v) => (
          <div key={v.id} lang={v.lang} data-variant-section={v.id}>
            <NotFoundHeader variant={v.id} />
          </div>
        ))}
        <main id="main" className="mx-auto flex max-w-xl flex-col gap-10 px-6 pt-10 pb-16 sm:pt-16">
          <p className="ui text-6xl font-bold text-(--color-accent)" aria-hidden="true">
            404
          </p>
          {variants.map((v) => {
            const t = getMessages(v.id);
            return (
              <section key={v.id} lang={v.lang} data-variant-section={v.id}>
                <h1 className="text-2xl font-bold">{t.notFoundHeading}</h1>
                <p className="mt-2 text-(--color-muted)">{t.notFoundBody}</p>
                {/* A plain GET form to the edition's search page: works without JavaScript, loads nothing here. */}
                <form
                  role="search"
                  action={searchPath(v.id)}
                  method="get"
                  aria-label={`${t.search} · ${v.label}`}
                  className="ui mt-6 flex gap-2"
                  data-not-found-search=""
                >
                  <input
                    type="search"
                    name="q"
                    aria-label={t.search}
                    placeholder={t.searchPlaceholder}
                    className="min-h-11 min-w-0 flex-1 rounded-md border border-(--color-rule) bg-(--color-paper) px-3 py-2 text-base"
                  />
                  <button
                    type="submit"
                    className="min-h-11 rounded-md border border-(--color-rule) px-4 py-2 text-sm hover:border-(--color-accent)"
                  >
                    {t.search}
                  </button>
                </form>
                <ul className="ui mt-4 flex flex-wrap gap-x-6 gap-y-2">
                  {[
                    { href: indexPath(v.id), label: t.notFoundBack },
                    { href: themesPath(v.id), label: t.themes },
                    { href: aboutPath(v.id), label: t.about },
                  ].map((link) => (
                    <li key={link.href}>
                      <a
                        href={link.href}
                        hrefLang={v.lang}
                        className="inline-flex min-h-11 min-w-11 items-center text-(--color-accent)"
                      >
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
