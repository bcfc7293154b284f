/**
 * The one script a reading page loads (built by `scripts/postbuild/islands.ts` into `out/_islands/`): finds
 * every `[data-island]` the server rendered and adds its behaviour. The table's type makes each name in
 * `lib/browser/islands.ts` have exactly one implementation. One island failing never stops the others.
 */
import type { IslandName } from '@/lib/browser/islands';
import { mountHeaderTitle } from './header-title';
import { mountListen } from './listen';
import { mountModeNotice } from './mode-notice';
import { mountNoteRef } from './note-ref';
import { mountOffscreenLayout } from './offscreen-layout';
import { mountParagraphChinese } from './paragraph-chinese';
import { mountParagraphEnglish } from './paragraph-english';
import { mountPermalinkCopy } from './permalink-copy';
import { mountReaderControls } from './reader-controls';
import { mountReadingModeSwitch } from './reading-mode-switch';
import { mountReadingProgress } from './reading-progress';
import { mountReadingsChoice } from './readings-choice';
import { mountSearch } from './search';
import { mountThemeRef } from './theme-ref';
import { mountToc } from './toc';
import { mountVariantSwitch } from './variant-switch';
import { mountWordingChoice } from './wording-choice';
import { mountWritingChoice } from './writing-choice';

export const islands: Record<IslandName, (root: HTMLElement) => void> = {
  'header-title': mountHeaderTitle,
  listen: mountListen,
  'mode-notice': mountModeNotice,
  'note-ref': mountNoteRef,
  'offscreen-layout': mountOffscreenLayout,
  'paragraph-chinese': mountParagraphChinese,
  'paragraph-english': mountParagraphEnglish,
  'permalink-copy': mountPermalinkCopy,
  'reader-controls': mountReaderControls,
  'reading-mode-switch': mountReadingModeSwitch,
  'reading-progress': mountReadingProgress,
  'readings-choice': mountReadingsChoice,
  search: mountSearch,
  'theme-ref': mountThemeRef,
  toc: mountToc,
  'variant-switch': mountVariantSwitch,
  'wording-choice': mountWordingChoice,
  'writing-choice': mountWritingChoice,
};

const mounted = new WeakSet<HTMLElement>();
// `hasOwnProperty`, not `Object.hasOwn`: the module runs on Safari 15.0–15.3 too (esbuild does not polyfill).
const isIslandName = (name: string): name is IslandName => Object.prototype.hasOwnProperty.call(islands, name);

/** Mount every island under `scope` once. */
export function mountIslands(scope: ParentNode = document): void {
  for (const root of scope.querySelectorAll<HTMLElement>('[data-island]')) {
    if (mounted.has(root)) continue;
    const name = root.dataset.island ?? '';
    if (!isIslandName(name)) {
      console.error(`unknown island "${name}"`);
      continue;
    }
    mounted.add(root);
    try {
      islands[name](root);
    } catch (error) {
      console.error(`island "${name}" failed`, error);
    }
  }
}
