import type { Heading } from '@/lib/model';
import { WordBreaks } from '@/components/typesetting/word-breaks';
import { island } from '@/lib/islands';

interface TableOfContentsProps {
  headings: readonly Heading[];
  label: string;
  /**
   * `wide`: a sticky landmark beside the text (wide screens). `floating`: a small control at the bottom of
   * the screen that opens the list (phones, and 中英对照 pages, which have no room beside the text).
   */
  form: 'wide' | 'floating';
  /** Tailwind display classes choosing the widths this form is shown at (the page renders both forms). */
  className?: string;
}

function Items({ headings, roomy }: { headings: readonly Heading[]; roomy: boolean }) {
  return (
    <ol className={roomy ? 'space-y-0.5' : 'space-y-1.5'}>
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'ps-4' : undefined}>
          <a
            href={`#${h.id}`}
            data-toc-link=""
            className={`block text-(--color-muted) no-underline hover:text-(--color-accent) aria-[current=location]:font-semibold aria-[current=location]:text-(--color-ink) ${roomy ? 'rounded-md px-2 py-3 leading-snug' : 'border-s-2 border-transparent ps-2 aria-[current=location]:border-(--color-accent)'}`}
          >
            <WordBreaks text={h.text} swaps={h.swaps} />
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Table of contents from the essay's headings. Both forms are `toc` islands (`islands/toc.ts`), which mark
 * the section being read (`aria-current="location"`) and, on the floating control, show its title. The
 * page renders both forms and CSS displays exactly one; only the wide one is a navigation landmark (a page's
 * landmarks have unique names), the floating one is a disclosure named by its visible label.
 */
export function TableOfContents({ headings, label, form, className = '' }: TableOfContentsProps) {
  if (headings.length < 2) return null;
  if (form === 'floating') {
    return (
      <div data-print="hide" className={`ui ${className}`}>
        <details
          {...island('toc')}
          data-toc="floating"
          // Tucked below the screen until the reader scrolls up (islands/toc.ts; only where scripting runs).
          data-tucked=""
          className="toc-floating fixed end-3 bottom-3 z-30 text-sm [&[open]]:start-3 sm:[&[open]]:start-auto"
        >
          <summary className="ms-auto flex h-11 max-w-[min(18rem,calc(100vw-1.5rem))] cursor-pointer list-none items-center gap-2 rounded-full border border-(--color-rule) bg-(--color-paper) px-4 shadow-md select-none [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true">☰</span>
            <span className="shrink-0 whitespace-nowrap">{label}</span>
            <span data-current-section="" className="truncate text-(--color-muted) empty:hidden" />
          </summary>
          <div className="absolute end-0 bottom-full mb-2 max-h-[min(70vh,32rem)] w-[min(22rem,calc(100vw-1.5rem))] overflow-y-auto overscroll-contain rounded-lg border border-(--color-rule) bg-(--color-paper) p-2 shadow-lg">
            <Items headings={headings} roomy />
          </div>
        </details>
      </div>
    );
  }
  return (
    <nav
      {...island('toc')}
      aria-label={label}
      data-toc="wide"
      className={`ui sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto text-sm leading-snug ${className}`}
    >
      <p className="mb-3 font-semibold">{label}</p>
      <Items headings={headings} roomy={false} />
    </nav>
  );
}
