import { withoutMarks } from '../regional/marks-text';
import { z } from 'zod';
import { sourceScriptIds } from '../script/source-scripts';
import { coverColorIds } from '../covers/palettes';
import { hasHan } from '../text/cjk';
import { limits } from './limits';

/** An essay's slug: lowercase ASCII words joined by hyphens (at most limits.maxSlugLength characters). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Markdown syntax a reader should never see in a note (`## 标题`, `![]()`, `[^1]`, `**`, `` ` ``, `~~`). */
const markdownSyntax = /#{2,}|!\[|\[\^|\*\*|`|~~/;
/**
 * Frontmatter field names (`sourceNote`, `author 栏位`): editors' language. In Chinese any of them; in English
 * only those that are not also ordinary words ("the author", "a short summary" are fine).
 */
const fieldNames = {
  zh: /\b(?:slug|short|author|outlet|sourceUrl|sourceNote|summary|editorialChanges|editorSummary|frontmatter)\b/,
  en: /\b(?:slug|sourceUrl|sourceNote|editorialChanges|editorSummary|editorSummaryEn|frontmatter)\b/,
};

/** A sentence written for readers: no markdown syntax, no field names. */
function readerText(language: 'zh' | 'en') {
  return z
    .string()
    .trim()
    .min(1)
    .refine((s) => !markdownSyntax.test(s), { message: 'write for readers: no markdown syntax (##, ![], [^n], **, `)' })
    .refine((s) => !fieldNames[language].test(s), { message: 'write for readers: no frontmatter field names' })
    .refine((s) => (language === 'en' ? !hasHan(s) : hasHan(s)), {
      message: language === 'en' ? 'must be English (no Han characters)' : 'must be written in Chinese',
    });
}

/** One editorial change to the author's text, shown in the article's editor's note. */
export const editorialChangeSchema = z
  .strictObject({
    type: z.enum(['removed', 'corrected', 'structure']),
    /** What the editors did, for readers, in the file's script. */
    note: readerText('zh'),
    /** The same note in English, for the English page. */
    en: readerText('en'),
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
  })
  .refine((c) => c.type !== 'corrected' || (c.from !== undefined && c.to !== undefined), {
    message: 'a "corrected" change needs both "from" and "to"',
  });

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** Frontmatter of `content/articles/<slug>.md`. See docs/content-format.md. */
export const frontmatterSchema = z
  .strictObject({
    slug: z
      .string()
      .regex(slugPattern, 'slug must be lowercase ASCII words joined by hyphens')
      .max(limits.maxSlugLength, `slug must be at most ${limits.maxSlugLength} characters`),
    title: z.string().trim().min(1),
    /** The essay's name in a word or two, for the theme map's column headers (`内卷`, `002`). */
    short: z
      .string()
      .trim()
      .min(1)
      .refine((s) => [...withoutMarks(s)].length <= 6, 'short must be a label of at most 6 characters, e.g. 内卷'),
    author: z.string().trim().min(1),
    /** Where the text was published, when the source says so; never the author's name again. */
    outlet: z.string().trim().min(1).optional(),
    sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
    date: z.iso.date('date must be a real date written YYYY-MM-DD').optional(),
    script: z.enum(sourceScriptIds),
    // Counted as readers see it: without the site voice's -{…}- marks (lib/regional/site-voice.ts).
    summary: z
      .string()
      .trim()
      .min(1)
      .refine((s) => [...withoutMarks(s)].length <= 120, 'summary: at most 120 characters'),
    /** The colour of the essay's cover and share image. */
    cover: z.enum(coverColorIds),
    sourceNote: z.string().trim().min(1).optional(),
    /** One or two sentences for readers: what the editors did to the text, in the file's script. */
    editorSummary: readerText('zh'),
    /** The same summary in English. */
    editorSummaryEn: readerText('en'),
    editorialChanges: z.array(editorialChangeSchema),
  })
  .refine((fm) => fm.outlet === undefined || !overlaps(fm.outlet, fm.author), {
    message: 'outlet repeats the author’s name: leave it out, or name the platform only',
    path: ['outlet'],
  });

function overlaps(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x.includes(y) || y.includes(x);
}

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type EditorialChange = z.infer<typeof editorialChangeSchema>;
