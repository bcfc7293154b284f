/**
 * An essay's title as the site header shows it once the reader is past the h1 (issue 28): the main title,
 * before the subtitle's colon (“加速计算时代：AI如何重塑…” → “加速计算时代”; “The AI Race under “002”: …” →
 * “The AI Race under “002””). A title without a subtitle is kept whole (CSS ends it with … if need be). The
 * frontmatter's `short` is a cover label (“002”, 泡沫), too short to say which essay this is.
 */
export function shortTitle(title: string): string {
  const main = title.split(/：|:\s/u)[0]?.trim() ?? '';
  return main.length >= 2 ? main : title;
}
