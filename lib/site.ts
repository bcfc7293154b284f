/** Site-wide settings. */
export const site = {
  /** localStorage key of the reader's chosen variant. */
  variantStorageKey: 'ai-work:variant',
} as const;

/** Path of a variant's index. */
export function indexPath(variant: string): string {
  return `/${variant}/`;
}

/** Path of an article in a variant. */
export function articlePath(variant: string, slug: string): string {
  return `/${variant}/articles/${slug}/`;
}

/** Path of the themes overview in a variant. */
export function themesPath(variant: string): string {
  return `/${variant}/themes/`;
}

/** Path of one theme's page in a variant. */
export function themePath(variant: string, id: string): string {
  return `/${variant}/themes/${id}/`;
}

/** Path of the search page in a variant. */
export function searchPath(variant: string): string {
  return `/${variant}/search/`;
}

/** Path of an essay's bilingual (中英对照) page in a Chinese variant. */
export function bilingualPath(variant: string, slug: string): string {
  return `/${variant}/articles/${slug}/bilingual/`;
}
