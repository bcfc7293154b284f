import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/views/seo';
import { searchPath } from '@/lib/site';
import { variants } from '@/lib/site/variants';

export const dynamic = 'force-static';

/** `/robots.txt`: everything may be crawled except the search page (results are not content). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: variants.map((v) => searchPath(v.id)) },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
