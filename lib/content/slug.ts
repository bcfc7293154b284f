import { limits } from './limits';
import { slugPattern } from './schema';

/** What `npm run new` prints for a slug that is not one. */
export const newEssayUsage =
  'usage: npm run new <slug>   (lowercase ASCII words joined by hyphens, e.g. ai-and-leisure)';

/** Why `slug` cannot name a new essay (its form or its length), or undefined. */
export function slugProblem(slug: string): string | undefined {
  if (!slugPattern.test(slug)) return newEssayUsage;
  if (slug.length > limits.maxSlugLength)
    return `the slug is ${slug.length} characters; a slug may be at most ${limits.maxSlugLength} (it names files and URLs)`;
  return undefined;
}
