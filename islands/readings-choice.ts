/**
 * Readings on demand (issue 32), the part every Chinese essay page loads: "Aa" → 读音 (off, or one of the
 * edition's kinds: lib/readings/kinds.ts) and each paragraph's own control, added to its tools when the page
 * is idle into a cell reserved from the first paint (reading-tools.css). The ruby itself, and the readings,
 * are loaded on first use (islands/lazy/readings.ts): a first visit fetches neither. The choice is kept per
 * edition and applied again on the next page; changing it keeps the paragraph being read where it was.
 */
import { islandInputs } from '@/lib/browser/islands';
import { isReadingKind, readingsPrefKey, type ReadingChoice, type ReadingKind } from '@/lib/readings/kinds';
import { lazyIsland, type LazyIslands } from './lazy-islands';
import { keepPlace } from './place';
import { recall, remember } from './storage';

interface ParagraphLabels {
  /** The paragraph control's name, by kind ("显示本段拼音"). */
  show: Record<string, string>;
  /** Its mark, by kind ("拼"). */
  mark: Record<string, string>;
}

function addParagraphButtons(kind: ReadingKind, labels: ParagraphLabels): void {
  for (const tools of document.querySelectorAll<HTMLElement>('main .prose-zh .para-tools')) {
    const id = tools.parentElement?.id;
    if (!id || tools.querySelector('.para-readings')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'para-readings';
    button.dataset.readingsFor = id;
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-label', labels.show[kind] ?? kind);
    button.textContent = labels.mark[kind] ?? kind;
    tools.prepend(button);
  }
}

export function mountReadingsChoice(group: HTMLElement): void {
  const inputs = islandInputs(group, 'readings-choice');
  if (!inputs) return;
  const kinds = inputs.kinds.split(' ').filter(isReadingKind);
  const labels = JSON.parse(inputs.labels) as ParagraphLabels;
  const options = [...group.querySelectorAll<HTMLButtonElement>('[data-readings-option]')];
  // `/zh-hk/articles/<slug>/` or its `bilingual/` page: the edition, and the essay's folder with the files.
  const [, edition = '', , slug = ''] = location.pathname.split('/');
  const src = `/${edition}/articles/${slug}/`;
  const key = readingsPrefKey(edition);
  const stored = recall(key);
  let choice: ReadingChoice = isReadingKind(stored) && kinds.includes(stored) ? stored : 'off';
  /** The kind a paragraph's own control shows: the reader's, or while that is off the edition's first. */
  const paragraphKind = (): ReadingKind => (choice === 'off' ? kinds[0]! : choice);

  const syncButtons = () => {
    for (const option of options) option.setAttribute('aria-pressed', String(option.dataset.readingsOption === choice));
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-readings-for]')) {
      const kind = paragraphKind();
      const block = document.getElementById(button.dataset.readingsFor ?? '');
      button.setAttribute('aria-pressed', String(block?.dataset.readings !== undefined));
      button.setAttribute('aria-label', labels.show[kind] ?? kind);
      button.textContent = labels.mark[kind] ?? kind;
    }
  };
  const run = async (task: (layer: LazyIslands['readings']) => Promise<void> | void) => {
    try {
      const layer = await lazyIsland('readings');
      const restore = keepPlace();
      await task(layer);
      restore();
    } catch (error) {
      console.error(error);
    }
    syncButtons();
  };
  const apply = () =>
    run(async (layer) => {
      layer.hideReadings();
      if (choice !== 'off') await layer.showReadings(src, choice);
    });

  for (const option of options) {
    option.addEventListener('click', () => {
      const next = option.dataset.readingsOption;
      choice = isReadingKind(next) && kinds.includes(next) ? next : 'off';
      remember(key, choice);
      syncButtons();
      void apply();
    });
  }
  // One listener for every paragraph's control: its readings on, or off again.
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-readings-for]');
    const id = button?.dataset.readingsFor;
    if (!id) return;
    const on = document.getElementById(id)?.dataset.readings !== undefined;
    void run((layer) => (on ? layer.hideReadings([id]) : layer.showReadings(src, paragraphKind(), [id])));
  });

  const add = () => {
    addParagraphButtons(paragraphKind(), labels);
    syncButtons();
  };
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(add);
  else setTimeout(add, 200);
  syncButtons();
  // A remembered choice: the readings come as soon as they are loaded.
  if (choice !== 'off') void apply();
}
