import { variantFeed } from '@/lib/views/feed';
import { isVariantId, variants } from '@/lib/site/variants';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return variants.map((v) => ({ variant: v.id }));
}

/** `/<variant>/feed.xml`: RSS 2.0, written at build time. */
export async function GET(_request: Request, { params }: RouteContext<'/[variant]/feed.xml'>) {
  const { variant } = await params;
  if (!isVariantId(variant)) return new Response('Not found', { status: 404 });
  return new Response(variantFeed(variant), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
