interface ThemeChipListProps {
  /** "主要主题", "Leading themes". */
  label: string;
  themes: readonly { href: string; name: string }[];
}

/**
 * A home card's leading themes as a list of chips. Each link is a 44 px tall target (WCAG 2.5.5) with a
 * visible 32 px pill inside it, and the chips are spaced apart, so a tap never lands on the neighbour and
 * the themes read as separate items without "·" between them. The links sit above the card's stretched
 * title link (`z-10`).
 */
export function ThemeChipList({ label, themes }: ThemeChipListProps) {
  return (
    <div data-leading-themes="" className="ui mt-1 flex flex-wrap items-center gap-x-2 text-sm">
      <span className="text-(--color-muted)">{label}</span>
      <ul className="contents">
        {themes.map((theme) => (
          <li key={theme.href}>
            <a href={theme.href} className="group relative z-10 inline-flex min-h-11 items-center">
              <span className="rounded-full border border-(--color-rule) px-3 py-1 text-(--color-ink) group-hover:border-(--color-accent) group-hover:text-(--color-accent)">
                {theme.name}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
