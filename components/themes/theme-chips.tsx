import { themePath } from '@/lib/site';
import type { ThemeView } from '@/lib/model';
import type { VariantId } from '@/lib/site/variants';

interface ThemeChipsProps {
  variant: VariantId;
  themes: readonly ThemeView[];
  /** Label for screen readers and the visible list heading. */
  label: string;
  /** Mention counts to show beside each chip (optional). */
  counts?: ReadonlyMap<string, number>;
}

/** Theme chips: links to theme pages, in the order given. */
export function ThemeChips({ variant, themes, label, counts }: ThemeChipsProps) {
  if (themes.length === 0) return null;
  return (
    <nav aria-label={label} className="ui">
      <ul className="flex flex-wrap gap-x-2 text-sm">
        {themes.map((theme) => (
          <li key={theme.id}>
            <a
              href={themePath(variant, theme.id)}
              data-theme-chip={theme.id}
              className="group inline-flex min-h-11 items-center text-(--color-ink) no-underline"
            >
              <span className="rounded-full border border-(--color-rule) px-3 py-0.5 group-hover:border-(--color-accent) group-hover:text-(--color-accent)">
                {theme.name}
                {counts?.has(theme.id) ? (
                  <span className="ms-1 text-(--color-muted) tabular-nums">{counts.get(theme.id)}</span>
                ) : null}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
