import { z } from 'zod';

const twoSentences = z.string().trim().min(1);

/** One theme of `content/themes.yaml`. */
export const themeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lowercase ASCII words joined by hyphens'),
  name: z.strictObject({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }),
  aliases: z.array(z.string().trim().min(2, 'an alias needs at least two characters')).min(1),
  description: z.strictObject({ zh: twoSentences, en: twoSentences }),
  /** English words for the theme, matched in the English translation (theme links on English pages). */
  aliasesEn: z.array(z.string().trim().min(2)).default([]),
});

export const themesSchema = z.array(themeSchema).min(1);
export type ThemeSource = z.infer<typeof themeSchema>;
