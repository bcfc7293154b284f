import { getMessages, type Messages } from '@/lib/i18n/messages';
import { indexPath, themesPath } from '@/lib/site';
import { isScriptVariant, variants, type VariantId } from '@/lib/variants';
import { SearchBox } from '@/components/search/search-box';
import type { ThemeChoice } from '@/lib/reader-prefs';
import { ReaderControls } from './reader-controls';
import { ScriptSwitch } from './script-switch';

interface SiteHeaderProps {
  variant: VariantId;
  /** Path of this page below the variant segment, e.g. `articles/ai-race-002/` ('' for the index). */
  subpath: string;
  /** Where the switch leads, when not the same subpath in every variant (a page only some variants have). */
  switchTo?: Partial<Record<VariantId, string>>;
}

/** The theme button's accessible name for each choice, in the page's language ("配色：深色"). */
function themeLabels(t: Messages): Record<ThemeChoice, string> {
  const label = (choice: ThemeChoice) => `${t.themeLabel}${t.colon}${t.themeChoice[choice]}`;
  return { system: label('system'), light: label('light'), dark: label('dark') };
}

/** Site header: name (link to the index), search, themes, reader controls, 简 / 繁 switch. */
export function SiteHeader({ variant, subpath, switchTo }: SiteHeaderProps) {
  const hrefs = switchTo ?? Object.fromEntries(variants.map((v) => [v.id, `/${v.id}/${subpath}`]));
  const t = getMessages(variant);
  return (
    <header
      data-print="hide"
      className="ui sticky top-0 z-40 border-b border-(--color-rule) bg-(--color-paper)/95 backdrop-blur"
    >
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <a
          href={indexPath(variant)}
          className="font-semibold tracking-wide whitespace-nowrap text-(--color-ink) no-underline"
        >
          {t.siteName}
          <span className="ms-2 hidden text-sm font-normal text-(--color-muted) sm:inline">· {t.siteSubtitle}</span>
        </a>
        <div className="flex items-center gap-2.5 sm:gap-4">
          {/* The search page has its own box. */}
          {subpath === 'search/' || !isScriptVariant(variant) ? null : (
            <SearchBox variant={variant} label={t.search} placeholder={t.searchPlaceholder} />
          )}
          <a
            href={themesPath(variant)}
            className="text-sm whitespace-nowrap text-(--color-ink) hover:text-(--color-accent)"
          >
            {t.themes}
          </a>
          <ReaderControls
            labels={{
              theme: themeLabels(t),
              themeChoice: t.themeChoice,
              smaller: t.smaller,
              larger: t.larger,
              fontSize: t.readerControls,
            }}
          />
          <ScriptSwitch current={variant} hrefs={hrefs} label={t.switchLabel} />
        </div>
      </div>
    </header>
  );
}
