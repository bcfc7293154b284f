import { describe, expect, test } from 'vitest';
import { familyOf, renderShareImage } from '@/lib/covers/share-image';
import { fontsFor } from '@/lib/covers/fonts';
import { shareImages, shareImagePath } from '@/lib/covers/share-images';
import { getArticles } from '@/lib/model';
import { pageMetadata, siteUrl } from '@/lib/views/seo';
import { variantIds } from '@/lib/site/variants';

/** Width and height from a PNG's IHDR chunk; throws if it is not a PNG. */
function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share images', () => {
  test('one per essay and variant and one per front page, each with alt text in its language', () => {
    const paths = shareImages().map((i) => i.path);
    const expected = variantIds.flatMap((v) => [
      shareImagePath(v),
      ...getArticles(v).map((a) => shareImagePath(v, a.slug)),
    ]);
    expect(paths.sort()).toEqual(expected.sort());
    for (const image of shareImages()) {
      expect(image.alt.length).toBeGreaterThan(10);
      if (image.path.startsWith('/share/en/')) expect(image.alt).not.toMatch(/\p{Script=Han}/u);
      else expect(image.alt).toMatch(/\p{Script=Han}/u);
    }
  });

  test('every character of every cover has a glyph in the packaged fonts (no empty boxes)', () => {
    for (const { cover } of shareImages()) {
      const family = familyOf(cover);
      const text = [cover.label, cover.title, cover.masthead, ...cover.themes].join('');
      expect(() => fontsFor(family, 700, text), cover.title).not.toThrow();
    }
  });

  test('a character the fonts lack fails loudly rather than drawing a box', () => {
    expect(() => fontsFor('Noto Serif', 700, 'Involution 内卷')).toThrow(/no glyph for “内”/);
  });

  test.each(['/share/zh-hans/home.png', '/share/zh-hant/ai-strike-human-involution.png', '/share/en/ai-race-002.png'])(
    '%s renders as a 1200×630 PNG',
    async (path) => {
      const image = shareImages().find((i) => i.path === path)!;
      const png = await renderShareImage(image.cover);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeLessThan(150 * 1024);
    },
    20_000,
  );

  test.each(variantIds)('pages in %s name their share image by absolute URL, with size and alt', (variant) => {
    const base = siteUrl().toString().replace(/\/$/, '');
    const cases = [
      { meta: pageMetadata({ variant, subpath: '', description: 'd' }), path: shareImagePath(variant) },
      {
        meta: pageMetadata({ variant, subpath: 'themes/', title: 't', description: 'd' }),
        path: shareImagePath(variant),
      },
      ...getArticles(variant).map((a) => ({
        meta: pageMetadata({
          variant,
          subpath: `articles/${a.slug}/`,
          title: a.title,
          description: a.summary,
          shareSlug: a.slug,
        }),
        path: shareImagePath(variant, a.slug),
      })),
    ];
    for (const { meta, path } of cases) {
      const images = meta.openGraph?.images as {
        url: string;
        width: number;
        height: number;
        alt: string;
        type: string;
      }[];
      expect(images).toHaveLength(1);
      expect(images[0]).toMatchObject({ url: `${base}${path}`, width: 1200, height: 630, type: 'image/png' });
      expect(images[0]!.url).toMatch(/^https?:\/\//);
      expect(images[0]!.alt).toBe(shareImages().find((i) => i.path === path)!.alt);
      expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
    }
  });
});
