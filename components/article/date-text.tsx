interface DateTextProps {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** English form (5 November 2025) instead of Chinese. */
  english?: boolean;
}

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

/** A date in Chinese (2025年11月5日) or English form, as `<time>`. Formatted at build time, no locale data. */
export function DateText({ date, english = false }: DateTextProps) {
  const [y, m, d] = date.split('-').map(Number);
  return <time dateTime={date}>{english ? `${d} ${months[(m ?? 1) - 1]} ${y}` : `${y}年${m}月${d}日`}</time>;
}
