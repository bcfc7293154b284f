import { searchPath } from '@/lib/site';
import { SearchIcon } from '@/components/ui/search-icon';

interface SearchBoxProps {
  variant: string;
  label: string;
  placeholder: string;
}

/**
 * The header's search box: a plain GET form to the search page (`?q=`), so it loads nothing on the page it
 * sits on and works without JavaScript. Below 1024 px it is a 44 px link to the search page.
 */
export function SearchBox({ variant, label, placeholder }: SearchBoxProps) {
  return (
    <>
      <form role="search" action={searchPath(variant)} method="get" className="hidden lg:block">
        <input
          type="search"
          name="q"
          aria-label={label}
          placeholder={placeholder}
          className="h-9 w-40 rounded-full border border-(--color-rule) bg-transparent px-3 text-sm focus:w-48"
        />
        <button type="submit" className="sr-only">
          {label}
        </button>
      </form>
      <a
        href={searchPath(variant)}
        aria-label={label}
        title={label}
        data-search-link=""
        className="inline-flex h-11 w-11 items-center justify-center rounded-md text-(--color-ink) hover:text-(--color-accent) lg:hidden"
      >
        <SearchIcon />
      </a>
    </>
  );
}
