import { formatDate } from '@/lib/views/byline';

interface DateTextProps {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** English form (5 November 2025) instead of Chinese. */
  english?: boolean;
}

/** A date in Chinese (2025年11月5日) or English form, as `<time>`. Formatted at build time, no locale data. */
export function DateText({ date, english = false }: DateTextProps) {
  return <time dateTime={date}>{formatDate(date, english)}</time>;
}
