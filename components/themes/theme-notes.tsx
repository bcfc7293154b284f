import { island } from '@/lib/browser/islands';
import type { ThemeView } from '@/lib/model';
import { themePath } from '@/lib/site';
import type { VariantId } from '@/lib/site/variants';

interface ThemeNotesProps {
  variant: VariantId;
  /** The themes of the page's variant (an essay links to most of them). */
  themes: readonly ThemeView[];
  gotoLabel: (theme: string) => string;
}

/**
 * What a theme link's popover says (islands/theme-ref.ts): the theme's name, its one-line description and
 * a link to its page, one entry per theme. Hidden: the page shows it only in a popover
 * (the essay's theme chips after the text list the same themes for everyone).
 */
export function ThemeNotes({ variant, themes, gotoLabel }: ThemeNotesProps) {
  if (themes.length === 0) return null;
  return (
    <div {...island('theme-ref')} hidden data-print="hide">
      {themes.map((theme) => (
        <span key={theme.id} data-theme-note={theme.id}>
          <strong className="block font-semibold">{theme.name}</strong>
          {theme.description}{' '}
          <a href={themePath(variant, theme.id)} className="mt-1 block min-h-11 content-center text-(--color-accent)">
            {gotoLabel(theme.name)} →
          </a>
        </span>
      ))}
    </div>
  );
}
