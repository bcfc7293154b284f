import { Fragment } from 'react';
import { canonicalVariant } from '@/lib/variants';

const hanRun = /([\p{Script=Han}【】「」『』《》]+)/u;

/**
 * Text on an English page with any Chinese in it (a sign-off such as 【懂】 quoted in a theme passage) marked
 * `lang="zh-Hans"`, as lib/translation/render.ts marks it in the essay itself.
 */
export function ChineseRuns({ text }: { text: string }) {
  return text.split(hanRun).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} lang={canonicalVariant.lang}>
        {part}
      </span>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
