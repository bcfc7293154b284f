import { Fragment } from 'react';
import { breakOpportunities, splitAt } from '@/lib/text/break-opportunities';

/**
 * A headline's text with a `<wbr>` between its Chinese words and beside quotes around Latin text
 * (lib/text/break-opportunities.ts), computed at build time; with `word-break: keep-all`
 * (app/styles/typesetting.css) those are where the heading breaks. Text without Han characters (English)
 * comes back as it is.
 */
export function WordBreaks({ text }: { text: string }) {
  return splitAt(text, breakOpportunities(text, { headline: true })).map((piece, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}
