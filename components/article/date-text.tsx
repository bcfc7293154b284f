interface DateTextProps {
  /** ISO date, YYYY-MM-DD. */
  date: string;
}

/** A date in Chinese form (2025年11月5日), as `<time>`. Formatted at build time, no locale data needed. */
export function DateText({ date }: DateTextProps) {
  const [y, m, d] = date.split('-').map(Number);
  return <time dateTime={date}>{`${y}年${m}月${d}日`}</time>;
}
