import { z } from 'zod';
import { getArticles } from '../articles';
import { ContentError } from '../content/errors';
import { contentDir } from '../content/load';
import type { VariantId } from '../variants';
import { loadSitePage, type SitePage } from './load';

const guideSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Every essay's slug, once, in the order the 导读 suggests reading them. */
  readingOrder: z.array(z.string()).min(1),
});
const aboutSchema = z.strictObject({ title: z.string().trim().min(1) });

export type Guide = SitePage<z.infer<typeof guideSchema>>;
export type About = SitePage<z.infer<typeof aboutSchema>>;

let guides: Record<VariantId, Guide> | undefined;
let abouts: Record<VariantId, About> | undefined;

/** The home page's 导读 in a variant; its reading order names every essay exactly once (checked). */
export function getGuide(variant: VariantId): Guide {
  if (!guides) {
    const loaded = loadSitePage('guide', guideSchema);
    const order = loaded[variant].data.readingOrder;
    const slugs = getArticles(variant).map((a) => a.slug);
    const problems = [
      ...order.filter((s) => !slugs.includes(s)).map((s) => `reading order names "${s}", which is not an essay`),
      ...slugs.filter((s) => !order.includes(s)).map((s) => `reading order leaves out the essay "${s}"`),
      ...order.filter((s, i) => order.indexOf(s) !== i).map((s) => `reading order names "${s}" twice`),
    ];
    if (problems.length > 0) {
      throw new ContentError(
        problems.map((p) => `${contentDir().replace(`${process.cwd()}/`, '')}/pages/guide.md:2:1: ${p}`),
      );
    }
    guides = loaded;
  }
  return guides[variant];
}

/** The About page's prose in a variant. */
export function getAbout(variant: VariantId): About {
  abouts ??= loadSitePage('about', aboutSchema);
  return abouts[variant];
}
