import { z } from 'zod';
import { paragraphIdPattern } from '../ids/block-id';

const twoSentences = z.string().trim().min(1);

/** One theme of `content/themes.yaml`. */
export const themeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase ASCII words joined by hyphens'),
  name: z.strictObject({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }),
  aliases: z.array(z.string().trim().min(2, 'an alias needs at least two characters')).min(1),
  description: z.strictObject({ zh: twoSentences, en: twoSentences }),
  /** English words for the theme, matched in the English translation (theme links on English pages). */
  aliasesEn: z.array(z.string().trim().min(2)).default([]),
  /**
   * Phrases in which an alias does not stand for the theme (南海泡沫, "filter bubble"): Chinese, in either
   * script, or English. An alias inside one is no mention and no link.
   */
  exclude: z.array(z.string().trim().min(2, 'an excluded phrase needs at least two characters')).default([]),
  /**
   * Paragraphs where the theme's words are used in another sense, by essay: `{ <slug>: [p-3, p-9] }`. The ids
   * are the stable block ids of content/ids, so the rule follows the paragraph through edits.
   */
  notIn: z
    .record(z.string(), z.array(z.string().regex(paragraphIdPattern, 'a paragraph id looks like p-12')))
    .default({}),
});

export const themesSchema = z.array(themeSchema).min(1);
export type ThemeSource = z.infer<typeof themeSchema>;
