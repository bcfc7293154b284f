import { readdirSync } from 'node:fs';
import path from 'node:path';
import { scriptVariantIds, scriptVariants, type ScriptVariantId } from '@/lib/site/variants';

/** Slugs of the essays in `content/articles/`, read from the source files (not from the build). */
export const slugs = readdirSync(path.join(process.cwd(), 'content', 'articles'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3))
  .sort();

/** The Chinese script variants, from the registry, and their `lang`. */
export type VariantId = ScriptVariantId;
export const variantLangs = Object.fromEntries(scriptVariants.map((v) => [v.id, v.lang])) as Record<VariantId, string>;
export const variantIds: readonly VariantId[] = scriptVariantIds;
