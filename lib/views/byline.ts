import type { Article } from '../model';
import { getMessages } from '../i18n/messages';
import { isTranslationVariant } from '../site/variants';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date in the page's language: `2025年11月5日`, `5 November 2025`. */
export function formatDate(date: string, english: boolean): string {
  const [y, m, d] = date.split('-').map(Number);
  return english ? `${months[(m ?? 1) - 1]} ${d}, ${y}` : `${y}年${m}月${d}日`; // American: October 24, 2025
}

/**
 * The byline as plain text (feeds): author, outlet, date or "not given", translator on English pages.
 * components/article/article-meta.tsx renders the same parts as markup.
 */
export function bylineText(article: Article): string {
  const t = getMessages(article.variant);
  const english = isTranslationVariant(article.variant);
  const label = (name: string, value: string) => `${name} ${value}`;
  return [
    label(t.by, article.author),
    article.outlet ? label(english ? `${t.outletLabel}:` : t.outletLabel, article.outlet) : undefined,
    article.date ? formatDate(article.date, english) : t.undated,
    t.translatedBy || undefined,
  ]
    .filter((part) => part !== undefined)
    .join(' · ');
}
