import type { Root } from 'hast';
import { runText, textRuns, wrapCharacters } from '@/lib/markdown/text-runs';
import { adjustmentElement } from '@/lib/text/punctuation-elements';

/**
 * English: a closed em dash (`livestream—it's`, `*word*—it`, `word[^1]—it`) stays on the line of what comes
 * before it. Browsers break before an em dash as readily as after it (UAX #14 class B2), so a line could start
 * `—it's` (a phone reader met one at 390 px); English typesetting breaks after a dash, never before it. The
 * dash is wrapped in `<pq-k>`, whose generated word joiner (app/styles/punctuation.css) ties it to the
 * character before, as the build does for a Chinese interpunct: the text is not changed and nothing more is
 * copied. Found in a block's whole inline text (lib/markdown/text-runs.ts), so across emphasis, links and
 * note marks; a dash after a space or at a block's start is left alone, and so is code. A quoted Chinese
 * `——` in the English is kept whole too (clreq never splits it).
 */
export function keepDashesWithWords(tree: Root): void {
  for (const run of textRuns(tree)) {
    const text = runText(run);
    wrapCharacters(run, (i) =>
      text[i] === '—' && i > 0 && !/\s/u.test(text[i - 1]!) ? adjustmentElement.keep : undefined,
    );
  }
}
