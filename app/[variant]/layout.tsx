import { ReaderPrefsScript } from '@/components/ui/reader-prefs-script';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getMessages } from '@/lib/i18n/messages';
import { manifestPath, siteIcons } from '@/lib/offline/web-manifest';
import { getArticles } from '@/lib/model';
import { siteUrl } from '@/lib/views/seo';
import { getVariant, isVariantId, variants } from '@/lib/site/variants';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return variants.map((v) => ({ variant: v.id }));
}

export async function generateMetadata({ params }: LayoutProps<'/[variant]'>): Promise<Metadata> {
  const { variant } = await params;
  if (!isVariantId(variant)) return {};
  const t = getMessages(variant);
  return {
    metadataBase: siteUrl(),
    title: { default: `${t.siteName} · ${t.siteSubtitle}`, template: `%s · ${t.siteName}` },
    description: t.siteTagline(getArticles(variant).length),
    // Installing the site (docs/decisions.md, "Offline reading"): this edition's manifest, the home-screen
    // icon. In the metadata, not as <link>s in <head>: React hoists those wherever the stream happens to be,
    // so two builds placed them differently (the atomic-build test requires byte-identical builds).
    manifest: manifestPath(variant),
    icons: siteIcons,
  };
}

/** Root layout of every variant page: `<html lang>` is the variant's BCP 47 tag. */
export default async function VariantLayout({ children, params }: LayoutProps<'/[variant]'>): Promise<ReactNode> {
  const { variant } = await params;
  if (!isVariantId(variant)) notFound();
  const t = getMessages(variant);
  return (
    <html lang={getVariant(variant).lang} suppressHydrationWarning>
      <head>
        {/* Applies the reader's theme and font size before first paint (tested in lib/browser/reader-prefs.ts). */}
        <ReaderPrefsScript />
      </head>
      <body className="min-h-screen antialiased">
        <a
          href="#main"
          className="ui sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-(--color-ink) focus:px-3 focus:py-2 focus:text-(--color-paper)"
        >
          {t.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
