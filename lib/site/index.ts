/** Site-wide settings. */
export const site = {
  /** localStorage key of the reader's chosen variant. */
  variantStorageKey: 'ai-work:variant',
} as const;

/**
 * Where readers send corrections: `CORRECTIONS_EMAIL` at build time, else `corrections@` the host of
 * `SITE_URL` (README, "Build and deploy": a publisher sets one or has that mailbox).
 */
export function correctionsEmail(): string {
  const configured = process.env.CORRECTIONS_EMAIL?.trim();
  if (configured) {
    if (!/^[^\s@]+@[^\s@]+$/.test(configured)) throw new Error(`CORRECTIONS_EMAIL is not an address: ${configured}`);
    return configured;
  }
  const host = new URL(process.env.SITE_URL?.trim() || 'http://localhost:3000').hostname;
  return `corrections@${host}`;
}

/**
 * Every site URL path is built here. `subpath` is a page's path below its variant segment
 * (`articles/<slug>/`, `''` for the index): the same page in another variant is the same subpath.
 */
export function variantPath(variant: string, subpath: string): string {
  return `/${variant}/${subpath}`;
}

/** Path of a variant's index. */
export function indexPath(variant: string): string {
  return variantPath(variant, '');
}

/** Path of an article in a variant. */
export function articlePath(variant: string, slug: string): string {
  return variantPath(variant, `articles/${slug}/`);
}

/** Path of the themes overview in a variant. */
export function themesPath(variant: string): string {
  return variantPath(variant, 'themes/');
}

/** Path of one theme's page in a variant. */
export function themePath(variant: string, id: string): string {
  return variantPath(variant, `themes/${id}/`);
}

/** Path of the search page in a variant. */
export function searchPath(variant: string): string {
  return variantPath(variant, 'search/');
}

/** Path of an essay's bilingual (中英对照) page in a Chinese variant. */
export function bilingualPath(variant: string, slug: string): string {
  return variantPath(variant, `articles/${slug}/bilingual/`);
}

/** Path of an essay's vocabulary page in a Chinese variant (issue 32). */
export function vocabularyPath(variant: string, slug: string): string {
  return variantPath(variant, `articles/${slug}/vocabulary/`);
}

/** Path of the About page in a variant. */
export function aboutPath(variant: string): string {
  return variantPath(variant, 'about/');
}

/** Path of a variant's RSS feed. */
export function feedPath(variant: string): string {
  return variantPath(variant, 'feed.xml');
}
