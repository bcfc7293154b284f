import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo';

export const dynamic = 'force-static';

/** `/robots.txt`: everything may be crawled except the search page (results are not content). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/zh-hans/search/', '/zh-hant/search/'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
