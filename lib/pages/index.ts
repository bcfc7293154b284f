import { z } from 'zod';
import type { SitePage } from './load';

export const guideSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Every essay's slug, once, in the order the 导读 suggests reading them. */
  readingOrder: z.array(z.string()).min(1),
});
export const aboutSchema = z.strictObject({ title: z.string().trim().min(1) });

export type GuideData = z.infer<typeof guideSchema>;
export type AboutData = z.infer<typeof aboutSchema>;
export type Guide = SitePage<GuideData>;
export type About = SitePage<AboutData>;
