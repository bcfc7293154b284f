import { island } from '@/lib/browser/islands';
import { searchConfigAttribute, serializeSearchConfig, type SearchConfig } from '@/lib/search/page-config';
import { searchPath } from '@/lib/site';

interface SearchFormProps {
  config: SearchConfig;
  placeholder: string;
  hint: string;
}

/**
 * The search page's form, rendered on the server as plain markup: the box, its button, the hint, the status
 * line (`aria-live`, `data-search-status`) and an empty results area. The `search` island
 * (islands/lazy/search.ts) runs the searches and draws the results; it reads its data from the JSON block
 * (lib/search/page-config.ts). Without scripting the form still submits `?q=` to this page, and the page's
 * no-script note says why nothing is found.
 */
export function SearchForm({ config, placeholder, hint }: SearchFormProps) {
  return (
    <div className="ui" {...island('search')}>
      <script
        type="application/json"
        {...{ [searchConfigAttribute]: '' }}
        // A data block, never run (lib/headers/script-hashes.ts hashes only scripts a browser executes).
        dangerouslySetInnerHTML={{ __html: serializeSearchConfig(config) }}
      />
      <form role="search" action={searchPath(config.variant)} method="get" className="flex gap-2">
        <input
          type="search"
          name="q"
          aria-label={config.labels.search}
          placeholder={placeholder}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-(--color-rule) bg-(--color-paper) px-3 py-2 text-base"
        />
        <button
          type="submit"
          className="min-h-11 rounded-md border border-(--color-rule) px-4 py-2 text-sm hover:border-(--color-accent)"
        >
          {config.labels.search}
        </button>
      </form>
      <p className="mt-2 text-sm text-(--color-muted)">{hint}</p>
      <div aria-live="polite" className="mt-6 text-sm text-(--color-muted)" data-search-status="idle" />
      <div data-search-output="" />
    </div>
  );
}
