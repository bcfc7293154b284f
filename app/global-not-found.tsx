import { prefsScript } from '@/lib/reader-prefs';
import type { Metadata } from 'next';
import { getMessages } from '@/lib/i18n/messages';
import { indexPath } from '@/lib/site';
import { variants } from '@/lib/variants';
import './globals.css';

export const metadata: Metadata = {
  title: '404 · 找不到页面 / 找不到頁面',
};

const notFoundText = {
  'zh-hans': { heading: '找不到这个页面', body: '链接可能有误，或者页面已经移动。', back: '回到文章目录' },
  'zh-hant': { heading: '找不到這個頁面', body: '連結可能有誤，或者頁面已經移動。', back: '回到文章目錄' },
} as const;

/** 404 for any unmatched URL, in both scripts. */
export default function GlobalNotFound() {
  return (
    <html lang="zh" suppressHydrationWarning>
      <head>
        {/* Applies the reader's theme and font size before first paint (tested in lib/reader-prefs.ts). */}
        <script id="reader-prefs" dangerouslySetInnerHTML={{ __html: prefsScript }} />
      </head>
      <body className="min-h-screen antialiased">
        <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-10 px-6">
          <h1 className="ui text-6xl font-bold text-(--color-accent)">404</h1>
          {variants.map((v) => {
            const t = getMessages(v.id);
            const text = notFoundText[v.id];
            return (
              <section key={v.id} lang={v.lang}>
                <h2 className="text-2xl font-bold">{text.heading}</h2>
                <p className="mt-2 text-(--color-muted)">{text.body}</p>
                <p className="ui mt-2">
                  <a href={indexPath(v.id)} hrefLang={v.lang} className="text-(--color-accent)">
                    {text.back}（{t.siteName}）
                  </a>
                </p>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
