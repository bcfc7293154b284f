/**
 * Readings on demand (issue 32), the part every Chinese essay page loads, kept as small as can be (the
 * heaviest 中英对照 pages sit at their first-visit budget): each paragraph's own control, added to its tools
 * when the page is idle into a cell reserved from the first paint (readings.css), and one listener that hands
 * a press on it or on "Aa" → 读音 to the layer itself, loaded then (islands/lazy/readings.ts). A remembered
 * choice loads the layer at once; a first visit loads nothing more.
 */
import { islandInputs } from '@/lib/browser/islands';
import { readingsPrefKey } from '@/lib/readings/kinds';
import { lazyIsland } from './lazy-islands';
import { recall } from './storage';
import { addParagraphTool } from './paragraph-tools';

export function mountReadingsChoice(group: HTMLElement): void {
  const inputs = islandInputs(group, 'readings-choice');
  if (!inputs) return;
  const layer = (press?: HTMLElement) =>
    lazyIsland('readings').then((module) => module.readingsLayer(group, inputs).press(press), console.error);
  document.addEventListener('click', (event) => {
    const target = (event.target as Element | null)?.closest?.<HTMLElement>(
      '[data-readings-option], [data-readings-for]',
    );
    if (target) void layer(target);
  });
  const stored = recall(readingsPrefKey(location.pathname.split('/')[1] ?? ''));
  if (stored && stored !== 'off') void layer();
  const add = () => {
    // Its name and mark are the edition's first kind's ("显示本段" + "拼音", 拼) until the layer says otherwise.
    const name = group.querySelector('[data-readings-option]:not([data-readings-option="off"])')?.textContent ?? '';
    addParagraphTool(
      document.querySelector('main') ?? document,
      'para-readings',
      (button, id) => {
        button.dataset.readingsFor = id;
        button.setAttribute('aria-pressed', 'false');
        button.setAttribute('aria-label', inputs.show + name);
        button.textContent = name.charAt(0);
      },
      (tools, button) => tools.insertBefore(button, tools.querySelector('a')), // after the ▶, before ¶
    );
  };
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(add);
  else setTimeout(add, 200);
}
