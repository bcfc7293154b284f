/**
 * The mirror of "EN" for readers of the English who are learning Chinese (issue 32): on an English essay
 * page each paragraph's "中" shows the original Chinese below it (islands/paragraph-other.ts), in the script
 * the reader last chose with 简 / 繁 / 港 (Simplified until they choose), copied from that edition's page.
 */
import { islandInputs } from '@/lib/browser/islands';
import { revealedChineseId } from '@/lib/ids/block-id';
import { mountParagraphOther } from './paragraph-other';
import { rememberedScript } from './remembered-script';

export function mountParagraphChinese(root: HTMLElement): void {
  const src = islandInputs(root, 'paragraph-chinese')?.chineseSrc;
  if (!src) return;
  const script = rememberedScript(src);
  // Without JavaScript "中" leads to the canonical 中英对照; with it, to the reader's own script's.
  if (script.path !== src) {
    for (const control of root.querySelectorAll<HTMLAnchorElement>('a[data-para-chinese]')) {
      control.setAttribute('href', rememberedScript(control.getAttribute('href') ?? '').path);
    }
  }
  mountParagraphOther(root, {
    src: script.path,
    control: 'paraChinese',
    shownId: revealedChineseId,
    lang: script.lang,
    className: 'para-chinese',
  });
}
