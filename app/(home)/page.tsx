import { chosenVariantExpression } from '@/lib/browser/choose-variant';
import { getMessages } from '@/lib/i18n/messages';
import { getArticles } from '@/lib/model';
import { inlineScriptIds } from '@/lib/browser/inline-scripts';
import { aboutPath, indexPath, site } from '@/lib/site';
import { variantChoices, variants } from '@/lib/site/variants';

// The redirect must run before first paint, so it is an inline script built from the tested
// `chooseVariant` (a fixed string from our own code, not content).
const redirect = `location.replace('/'+${chosenVariantExpression(variantChoices(), site.variantStorageKey)}+'/'+location.hash)`;

/** `/`: sends the reader to their script; without JavaScript, links to both. */
export default function HomePage() {
  return (
    <>
      <script id={inlineScriptIds.variantRedirect} dangerouslySetInnerHTML={{ __html: redirect }} />
      <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-8 px-6">
        <h1 className="ui text-sm tracking-widest text-(--color-muted)">
          {variants.map((v, i) => (
            <span key={v.id} lang={v.lang}>
              {i > 0 ? ' / ' : ''}
              {getMessages(v.id).siteName}
            </span>
          ))}
        </h1>
        {variants.map((v) => {
          const t = getMessages(v.id);
          return (
            <section key={v.id} lang={v.lang}>
              <h2 className="text-2xl font-bold">
                <a href={indexPath(v.id)} hrefLang={v.lang} className="hover:text-(--color-accent)">
                  {t.siteName} · {t.siteSubtitle}
                </a>
              </h2>
              <p className="ui mt-1 text-(--color-muted)">
                {t.siteTagline(getArticles(v.id).length)} —{' '}
                <a href={indexPath(v.id)} className="text-(--color-accent) underline underline-offset-2">
                  {v.label}
                </a>
              </p>
              <p className="ui mt-1 text-sm">
                <a
                  href={aboutPath(v.id)}
                  hrefLang={v.lang}
                  className="inline-flex min-h-11 items-center text-(--color-muted)"
                >
                  {t.about}
                </a>
              </p>
            </section>
          );
        })}
      </main>
    </>
  );
}
