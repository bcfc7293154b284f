import type { ComponentProps } from 'react';
import { island } from '@/lib/browser/islands';

interface NoteRefProps extends ComponentProps<'a'> {
  /** Label of the link inside the popover that jumps to the note. */
  gotoLabel: string;
}

/**
 * A link to a note at the essay's end (a footnote reference or a glossary term): a plain link to the note.
 * The `note-ref` island (`islands/note-ref.ts`) opens the note in a popover on hover, click, tap or Enter.
 */
export function NoteRef({ gotoLabel, children, ...props }: NoteRefProps) {
  return (
    <span {...island('note-ref', { gotoLabel })} className="relative">
      <a {...props}>{children}</a>
    </span>
  );
}
