import { z } from 'zod';
import { sourceScriptIds } from '../script/source-scripts';

/** One editorial change to the author's text, shown in the article's editor's note. */
export const editorialChangeSchema = z
  .strictObject({
    type: z.enum(['removed', 'corrected', 'structure']),
    note: z.string().trim().min(1),
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
  })
  .refine((c) => c.type !== 'corrected' || (c.from !== undefined && c.to !== undefined), {
    message: 'a "corrected" change needs both "from" and "to"',
  });

/** Frontmatter of `content/articles/<slug>.md`. See docs/content-format.md. */
export const frontmatterSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase ASCII words joined by hyphens'),
  title: z.string().trim().min(1),
  /** The essay's name in a word or two, for the theme map's column headers (`内卷`, `002`). */
  short: z.string().trim().min(1).max(6, 'short must be a label of at most 6 characters, e.g. 内卷'),
  author: z.string().trim().min(1),
  outlet: z.string().trim().min(1),
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  date: z.iso.date('date must be a real date written YYYY-MM-DD').optional(),
  script: z.enum(sourceScriptIds),
  summary: z.string().trim().min(1).max(120),
  sourceNote: z.string().trim().min(1).optional(),
  editorialChanges: z.array(editorialChangeSchema),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type EditorialChange = z.infer<typeof editorialChangeSchema>;
