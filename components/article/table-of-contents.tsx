import type { Heading } from '@/lib/model';
import { WordBreaks } from '@/components/typesetting/word-breaks';
import { island } from '@/lib/browser/islands';

interface TableOfContentsProps {
  headings: readonly Heading[];
  label: string;
  /** Tailwind display classes choosing the widths it is shown at. */
  className?: string;
}

interface HeaderContentsProps {
  headings: readonly Heading[];
  label: string;
  /** The essay's short title: the control's visible label. */
  title: string;
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
 * The essay's contents in the site header, where its short title shows once the reader is past the h1
 * (issue 28): tapping the title opens the list below the header. A control in the header covers no text,
 * where a floating one at the foot of the screen covered the lines under it whenever it showed. A `toc`
 * island (`islands/toc.ts`) marks the section being read; opening and closing are the `<details>`'s own, so
 * it works without scripting (then the title shows from the start, app/styles/reading-controls.css).
 */
export function HeaderContents({ headings, label, title }: HeaderContentsProps) {
  return (
    <details {...island('toc')} data-toc="header" className="toc-header relative flex min-w-0 flex-auto">
      <summary
        data-header-title=""
        className="flex min-h-11 min-w-0 cursor-pointer list-none items-center gap-1.5 rounded-md pe-2 text-(--color-ink) select-none [&::-webkit-details-marker]:hidden"
      >
        <span aria-hidden="true" className="shrink-0 text-(--color-muted)">
          ☰
        </span>
        <span data-short-title="" className="truncate">
          {title}
        </span>
        <span className="sr-only">{label}</span>
      </summary>
      <div className="absolute start-0 top-full mt-1.5 max-h-[min(70vh,32rem)] w-[min(22rem,calc(100vw-1.25rem))] overflow-y-auto overscroll-contain rounded-lg border border-(--color-rule) bg-(--color-paper) p-2 text-sm font-normal shadow-lg">
        <p aria-hidden="true" className="px-2 pt-1 text-xs text-(--color-muted)">
          {label}
        </p>
        <Items headings={headings} roomy />
      </div>
    </details>
  );
}

/**
 * Table of contents beside the text on wide screens: a sticky navigation landmark, a `toc` island
 * (`islands/toc.ts`) marking the section being read (`aria-current="location"`). Narrower screens, and
 * 中英对照 (no room beside the columns), have the header's `HeaderContents`.
 */
export function TableOfContents({ headings, label, className = '' }: TableOfContentsProps) {
  if (headings.length < 2) return null;
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
