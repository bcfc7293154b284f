/**
 * Read-aloud, the part every essay page loads (issue 31): the header's "朗读" button and each paragraph's ▶
 * (`data-listen-from`). The first press loads the player (islands/lazy/listen.ts, a lazy island) and hands
 * it the press; until it arrives the button says it is busy, so the press is answered in the same frame.
 */
import { islandInputs } from '@/lib/browser/islands';
import type { ListenLabels } from '@/lib/listen/labels';
import { lazyIsland } from './lazy-islands';
import { addParagraphTool } from './paragraph-tools';

/** Each paragraph's ▶, at the start of its tools (islands/paragraph-tools.ts). */
function addParagraphButtons(scope: ParentNode, label: string): void {
  addParagraphTool(scope, 'para-listen', (button, id) => {
    button.dataset.listenFrom = id;
    button.setAttribute('aria-label', label);
  });
}

/** An iPhone or iPad (iPadOS says it is a Mac, with a touch screen). */
const appleTouch = () =>
  /iP(hone|ad|od)/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);

export function mountListen(root: HTMLElement): void {
  const inputs = islandInputs(root, 'listen');
  const button = root.querySelector<HTMLButtonElement>('[data-listen-play]');
  if (!inputs || !button) return;
  const press = (from?: string) => {
    // iOS Safari speaks only from a user gesture, and the player's first sentence comes after its file has
    // loaded: an empty utterance within the tap opens the way. Only there: elsewhere it can block the queue
    // (speech-dispatcher on Linux never finishes it, and what follows is not spoken; tests/e2e/listen.spec.ts).
    if (!root.dataset.listenState && 'speechSynthesis' in window && appleTouch())
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(''));
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
  const { listenFrom } = JSON.parse(inputs.labels) as Pick<ListenLabels, 'listenFrom'>;
  const scope = root.closest('article') ?? document;
  const add = () => addParagraphButtons(scope, listenFrom);
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(add);
  else setTimeout(add, 200);
  // One listener for every paragraph's ▶.
  document.addEventListener('click', (event) => {
    const from = (event.target as Element | null)?.closest?.<HTMLElement>('[data-listen-from]');
    if (from) press(from.dataset.listenFrom);
  });
}
