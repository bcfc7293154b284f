import type { Heading } from '@/lib/articles';

interface TableOfContentsProps {
  headings: readonly Heading[];
  label: string;
  /** The phone form: a collapsible list instead of a sticky landmark. */
  compact?: boolean;
}

function Items({ headings }: { headings: readonly Heading[] }) {
  return (
    <ol className="space-y-1.5">
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'ps-4' : undefined}>
          <a href={`#${h.id}`} className="text-(--color-muted) no-underline hover:text-(--color-accent)">
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Table of contents from the essay's headings, in one of two forms: a collapsible list above the text on
 * phones (`compact`), or a sticky navigation landmark beside it on wide screens. The page renders both and
 * CSS displays exactly one, so only one is ever exposed; only the wide one is a landmark, keeping
 * landmark names unique.
 */
export function TableOfContents({ headings, label, compact = false }: TableOfContentsProps) {
  if (headings.length < 2) return null;
  if (compact) {
    return (
      <details className="ui mb-8 rounded-md border border-(--color-rule) px-4 py-2 text-sm lg:hidden" data-toc="phone">
        <summary className="cursor-pointer py-1 font-semibold">{label}</summary>
        <div className="pt-2 pb-1">
          <Items headings={headings} />
        </div>
      </details>
    );
  }
  return (
    <nav
      aria-label={label}
      data-toc="wide"
      className="ui sticky top-20 hidden max-h-[calc(100vh-6rem)] overflow-y-auto text-sm leading-snug lg:block"
    >
      <p className="mb-3 font-semibold">{label}</p>
      <Items headings={headings} />
    </nav>
  );
}
