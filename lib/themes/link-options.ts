import type { RehypeThemeLinksOptions, ThemeMention } from '../markdown/rehype-theme-links';
import { isExcludedParagraph, type ThemeRegistry } from './registry';

/**
 * Theme-link options for an essay: the Chinese aliases, the registry's excluded phrases and `notIn`
 * paragraphs. With `chineseMentions`, options for the English translation instead: English aliases, and a
 * theme linked only in paragraphs whose Chinese mentions it (the sense was judged once, on the original:
 * "cognitive bubbles" in a paragraph about filter bubbles links nothing).
 */
export function themeLinkOptions(
  registry: ThemeRegistry,
  slug: string,
  href: (themeId: string) => string,
  chineseMentions?: readonly ThemeMention[],
): RehypeThemeLinksOptions {
  const notIn = (themeId: string, paragraphId: string) => isExcludedParagraph(registry, themeId, slug, paragraphId);
  if (!chineseMentions) return { aliases: registry.aliases, exclude: registry.exclude, href, skip: notIn };
  const mentioned = new Set(chineseMentions.map((m) => `${m.themeId} ${m.paragraphId}`));
  return {
    aliases: registry.aliasesEn,
    exclude: registry.exclude,
    href,
    skip: (themeId, paragraphId) => notIn(themeId, paragraphId) || !mentioned.has(`${themeId} ${paragraphId}`),
  };
}
