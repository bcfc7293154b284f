/**
 * Read-aloud, the part every essay page loads (issue 31): the header's "朗读" button and each paragraph's ▶
 * (`data-listen-from`). The first press loads the player (islands/lazy/listen.ts, a lazy island) and hands
 * it the press; until it arrives the button says it is busy, so the press is answered in the same frame.
 */
import { islandInputs } from '@/lib/islands';
import { lazyIsland } from './lazy-islands';

export function mountListen(root: HTMLElement): void {
  const inputs = islandInputs(root, 'listen');
  const button = root.querySelector<HTMLButtonElement>('[data-listen-play]');
  if (!inputs || !button) return;
  const press = (from?: string) => {
    if (!root.dataset.listenState) {
      root.dataset.listenState = 'loading';
      button.setAttribute('aria-busy', 'true');
    }
    lazyIsland('listen').then(
      (player) => player.listen(root, inputs, from),
      (error: unknown) => {
        console.error(error);
        delete root.dataset.listenState;
        button.removeAttribute('aria-busy');
      },
    );
  };
  button.addEventListener('click', () => press());
  // One listener for every paragraph's ▶ (they are rendered with the paragraph's other tools).
  document.addEventListener('click', (event) => {
    const from = (event.target as Element | null)?.closest?.<HTMLElement>('[data-listen-from]');
    if (from) press(from.dataset.listenFrom);
  });
}
