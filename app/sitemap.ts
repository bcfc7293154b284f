import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/views/sitemap';

export const dynamic = 'force-static';

/** `/sitemap.xml`: every page, each with its other-script alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}
