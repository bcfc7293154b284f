import { getArticles, getThemes } from '../model';
import { getMessages } from '../i18n/messages';
import { variants, type VariantId } from '../site/variants';
import { essayCover, siteCover, type Cover } from './cover';

/** One share image: where it is served and what it shows. */
export interface ShareImage {
  /** Site path of the PNG (`/share/zh-hans/ai-race-002.png`). */
  readonly path: string;
  readonly cover: Cover;
  /** `og:image:alt`, in the page's language. */
  readonly alt: string;
}

/** Path of an essay's share image, or of the variant's front page's (`slug` omitted). */
export const shareImagePath = (variant: VariantId, slug?: string) => `/share/${variant}/${slug ?? 'home'}.png`;

let all: ShareImage[] | undefined;

/**
 * Every share image the build writes (scripts/postbuild/share-images.ts) and the pages reference
 * (lib/views/seo.ts): one per essay and variant, one per variant's front page. One list, so a page cannot name an
 * image that is not written.
 */
export function shareImages(): ShareImage[] {
  all ??= variants.flatMap((v) => {
    const t = getMessages(v.id);
    const themes = getThemes(v.id);
    const home = siteCover(v.id, themes, getArticles(v.id).length);
    return [
      { path: shareImagePath(v.id), cover: home, alt: t.siteCoverAlt(home.label, home.title) },
      ...getArticles(v.id).map((article) => {
        const cover = essayCover(article, themes);
        return {
          path: shareImagePath(v.id, article.slug),
          cover,
          alt: t.coverAlt(cover.title, cover.label, cover.themes),
        };
      }),
    ];
  });
  return all;
}

/** The share image of a page: the essay's, else the variant's front page's. */
export function shareImageFor(variant: VariantId, slug?: string): ShareImage {
  const path = shareImagePath(variant, slug);
  const image = shareImages().find((i) => i.path === path);
  if (!image) throw new Error(`no share image ${path}`);
  return image;
}
