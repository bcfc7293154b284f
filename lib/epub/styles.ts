/**
 * The books' stylesheet: plain book typography that a reader app may override, and for the Traditional books
 * vertical setting (clreq): top to bottom, columns right to left; CJK upright and Latin runs sideways
 * (`text-orientation: mixed`); one- and two-digit numbers upright in one cell (`.tcy`, marked at build time,
 * lib/epub/xhtml.ts); 「」 and 。、 take their vertical forms from the font. The -epub- and -webkit- forms are
 * for the readers that still need them (Readium and older Apple Books; Kobo).
 */
const base = `html { line-height: 1.8; }
body { margin: 0 1em; }
h1 { font-size: 1.5em; line-height: 1.4; margin: 1em 0 0.5em; }
h2 { font-size: 1.2em; line-height: 1.4; margin: 1.5em 0 0.5em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
p { margin: 0 0 0.8em; text-align: justify; }
blockquote { margin: 0.8em 1.5em; }
a { color: inherit; }
sup { line-height: 0; font-size: 0.7em; }
a[role="doc-noteref"] { text-decoration: none; }
.byline { font-size: 0.9em; margin-bottom: 1.5em; }
.byline p { margin: 0; text-align: start; }
section.notes { margin-top: 2em; font-size: 0.9em; }
aside[role="doc-footnote"] { margin: 0 0 0.8em; }
.backlinks { font-size: 0.9em; }
.pair { margin: 0 0 1.2em; }
.pair > div[lang="en"] { font-size: 0.95em; }
/* Justified English opens wide gaps in a narrow column; Chinese justifies cleanly on its grid. */
[lang="en"] p { text-align: start; }
.cover { text-align: center; margin: 0; padding: 0; }
.cover img { width: 100%; height: auto; }
nav ol { list-style: none; padding-left: 1em; }
`;

const vertical = `html {
  writing-mode: vertical-rl;
  -epub-writing-mode: vertical-rl;
  -webkit-writing-mode: vertical-rl;
  text-orientation: mixed;
  -epub-text-orientation: mixed;
  -webkit-text-orientation: mixed;
  line-height: 1.9;
}
body { margin: 1em 0; }
h1, h2, h3 { margin: 0 0 0 1em; }
p { margin: 0 0 0 0.6em; text-indent: 0; }
.tcy {
  text-combine-upright: all;
  -epub-text-combine: horizontal;
  -webkit-text-combine: horizontal;
}
sup { font-size: 0.7em; }
section.notes { margin: 0 2em 0 0; }
aside[role="doc-footnote"] { margin: 0 0 0 0.8em; }
nav ol { padding: 1em 0 0 0; }
/* The cover is a landscape picture: laid out across, whole, in a vertical book too. */
.cover {
  writing-mode: horizontal-tb;
  -epub-writing-mode: horizontal-tb;
  -webkit-writing-mode: horizontal-tb;
}
`;

export function bookStyles(isVertical: boolean): string {
  return isVertical ? base + vertical : base;
}
