import { ReaderPrefsScript } from '@/components/ui/reader-prefs-script';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { manifestPath, siteIcons } from '@/lib/offline/web-manifest';
import { shareImageFor } from '@/lib/covers/share-images';
import { alternates, feedLinks, shareImageMetadata, siteUrl } from '@/lib/views/seo';
import { canonicalVariant, variantIds } from '@/lib/site/variants';

const image = shareImageMetadata(shareImageFor(canonicalVariant.id));
import '../globals.css';

export const metadata: Metadata = {
  title: 'AI 与工作 · 双语读本 / AI 與工作 · 雙語讀本',
  description: '五篇中文文章，关于人工智能与我们的工作。 五篇中文文章，關於人工智慧與我們的工作。',
  metadataBase: siteUrl(),
  alternates: { canonical: '/', languages: alternates(''), types: feedLinks(variantIds) },
  openGraph: { type: 'website', url: '/', images: image.og },
  twitter: { card: 'summary_large_image', images: image.twitter },
  // The manifest and the home-screen icon, in the metadata (see app/[variant]/layout.tsx).
  manifest: manifestPath(),
  icons: siteIcons,
};

/** Root layout of `/`, which is in both scripts at once. */
export default function HomeLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh" suppressHydrationWarning>
      <head>
        {/* Applies the reader's theme and font size before first paint (tested in lib/browser/reader-prefs.ts). */}
        <ReaderPrefsScript />
      </head>
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
