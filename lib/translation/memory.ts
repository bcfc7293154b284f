/**
 * Translation memory: each English block records the Chinese text it was translated from (`zh`), so a
 * change to the Chinese shows up as a stale translation instead of passing silently.
 */
import { diffChars } from 'diff';

/** Why an English block cannot be shown: its Chinese changed, it was never confirmed, or there is none. */
export type PendingReason = 'stale' | 'unconfirmed' | 'missing';

const context = 16;

/**
 * The Chinese change as one line: unchanged runs shortened to their ends, removals as `[-…-]`, insertions
 * as `{+…+}` (the notation of `git diff --word-diff`).
 */
export function chineseDiff(before: string, after: string): string {
  return diffChars(before, after)
    .map((part, i, all) => {
      if (part.removed) return `[-${part.value}-]`;
      if (part.added) return `{+${part.value}+}`;
      const chars = [...part.value];
      const first = i === 0;
      const last = i === all.length - 1;
      const keep = first || last ? context : 2 * context;
      if (chars.length <= keep) return part.value;
      if (first) return `…${chars.slice(-context).join('')}`;
      if (last) return `${chars.slice(0, context).join('')}…`;
      return `${chars.slice(0, context).join('')} … ${chars.slice(-context).join('')}`;
    })
    .join('');
}
