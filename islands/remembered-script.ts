import { site } from '@/lib/site';
import { canonicalVariant, scriptVariants } from '@/lib/site/variants';
import { recall } from './storage';

/**
 * A path under the canonical script (`/zh-hans/…`) moved to the Chinese script the reader last chose with
 * 简 / 繁 / 港, with that script's language tag: what an English page's links to "the Chinese" mean for this
 * reader (the server cannot know). A path outside the canonical script, or no remembered script, stays.
 */
export function rememberedScript(path: string): { readonly path: string; readonly lang: string } {
  const canonical = `/${canonicalVariant.id}/`;
  const chosen = scriptVariants.find((v) => v.id === recall(site.variantStorageKey));
  if (!path.startsWith(canonical) || !chosen) return { path, lang: canonicalVariant.lang };
  return { path: `/${chosen.id}/${path.slice(canonical.length)}`, lang: chosen.lang };
}
