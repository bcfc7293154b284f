import { island } from '@/lib/browser/islands';
import type { ListenLabels } from '@/lib/listen/labels';
import type { ListenLanguage } from '@/lib/listen/voices';

interface ListenControlProps {
  /** The edition whose voice reads the page (中英对照: its Chinese edition; the English side reads in English). */
  edition: ListenLanguage;
  slug: string;
  labels: ListenLabels;
  /** For the lock screen (Media Session): the essay's title, the site's name, the essay's share image. */
  title: string;
  site: string;
  cover: string;
}

/**
 * The read-aloud control by the byline (issue 31): one small button, the root of the `listen` island
 * (islands/listen.ts). The player itself is a lazy island loaded on the first press, so a page that is only
 * read loads none of it. Scripting only (speech needs it): hidden without, and it keeps its place in the row
 * whatever state the player is in, so nothing around it moves.
 */
export function ListenControl({ edition, slug, labels, title, site, cover }: ListenControlProps) {
  return (
    <div
      {...island('listen', { edition, slug, labels: JSON.stringify(labels), title, site, cover })}
      data-script-only=""
      data-print="hide"
      className="ui listen-control"
    >
      <button type="button" data-listen-play="" aria-pressed="false" className="listen-button">
        <span aria-hidden="true" className="listen-icon" />
        {labels.listen}
      </button>
    </div>
  );
}
