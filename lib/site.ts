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
