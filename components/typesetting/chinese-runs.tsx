import { Fragment } from 'react';
import { chineseRuns } from '@/lib/text/cjk';
import { canonicalVariant } from '@/lib/site/variants';

/**
 * Text on an English page with any Chinese in it (a sign-off such as 【懂】 quoted in a theme passage) marked
 * `lang="zh-Hans"`, as lib/translation/render.ts marks it in the essay itself.
 */
export function ChineseRuns({ text }: { text: string }) {
  return chineseRuns(text).map((run, i) =>
    run.chinese ? (
      <span key={i} lang={canonicalVariant.lang}>
        {run.text}
      </span>
    ) : (
      <Fragment key={i}>{run.text}</Fragment>
    ),
  );
}
