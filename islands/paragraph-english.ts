/**
 * Per-paragraph English on a Chinese essay page: each paragraph's "EN" shows its English below it
 * (islands/paragraph-other.ts), copied from the essay's English page (`data-english-src`).
 */
import { islandInputs } from '@/lib/browser/islands';
import { revealedEnglishId } from '@/lib/ids/block-id';
import { translationVariant } from '@/lib/site/variants';
import { mountParagraphOther } from './paragraph-other';

export function mountParagraphEnglish(root: HTMLElement): void {
  const src = islandInputs(root, 'paragraph-english')?.englishSrc;
  if (!src) return;
  mountParagraphOther(root, {
    src,
    control: 'paraEnglish',
    shownId: revealedEnglishId,
    lang: translationVariant.lang,
    className: 'para-english',
  });
}
