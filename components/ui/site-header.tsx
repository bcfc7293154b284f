import { ReadingModeSwitch } from '@/components/article/reading-mode-switch';
import { HeaderContents } from '@/components/article/table-of-contents';
import { SearchBox } from '@/components/search/search-box';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import type { Heading } from '@/lib/model';
import { island } from '@/lib/browser/islands';
import type { ModeChoice } from '@/lib/views/mode-choices';
import { indexPath, themesPath, variantPath } from '@/lib/site';
import { variants, type VariantId } from '@/lib/site/variants';
import { OfflineSave } from './offline-save';
import { ReaderSettings, type ReaderSettingsLabels } from './reader-settings';
import { ReadingsChoice, type ReadingsChoiceProps } from './readings-choice';
import { ScriptSwitch } from './script-switch';
import { WordingChoice } from './wording-choice';
import { WritingChoice } from './writing-choice';

interface SiteHeaderProps {
  variant: VariantId;
  /** Path of this page below the variant segment, e.g. `articles/ai-race-002/` ('' for the index). */
  subpath: string;
  /** Where the switch leads, when not the same subpath in every variant (a page only some variants have). */
  switchTo?: Partial<Record<VariantId, string>>;
  /** On essay pages: the ways to read this essay, offered in the reading settings. */
  modes?: readonly ModeChoice[];
  /** On Taiwan and Hong Kong essay pages with reviewed words: the regional-wording choice. */
  wording?: boolean;
  /** On Chinese essay and 中英对照 pages: the readings the edition offers (issue 32). */
  readings?: ReadingsChoiceProps;
  /** On Chinese essay pages: the choice of horizontal or vertical setting (wide screens). */
  writing?: boolean;
  /** On essay pages: the essay's short title, shown in place of the site's name once the h1 is passed. */
  title?: string;
  /** On essay pages: the headings, opened from that title (with two or more). */
  contents?: { readonly headings: readonly Heading[]; readonly label: string };
}

function settingsLabels(t: Messages): ReaderSettingsLabels {
  return {
    settings: t.readerControls,
    fontSize: t.fontSize,
    fontStepNames: t.fontStepNames,
    smaller: t.smaller,
    larger: t.larger,
    theme: t.themeLabel,
    themeChoice: t.themeChoice,
    noScript: t.settingsNoScript,
  };
}

/**
 * Site header, one row from 320 px up: name (link to the index), search, themes, "Aa" reading settings,
 * 简 / 繁 / EN. Every control is at least 44 × 44 px. The themes link needs room: below 400 px it is in the
 * footer (and on every essay's theme chips) instead.
 */
export function SiteHeader({
  variant,
  subpath,
  switchTo,
  modes,
  wording,
  writing,
  readings,
  title,
  contents,
}: SiteHeaderProps) {
  const hrefs = switchTo ?? Object.fromEntries(variants.map((v) => [v.id, variantPath(v.id, subpath)]));
  const t = getMessages(variant);
  return (
    <header
      data-print="hide"
      data-site-header=""
      className="ui sticky top-0 z-40 border-b border-(--color-rule) bg-(--color-paper)/95 backdrop-blur"
    >
      <div className="relative mx-auto flex h-14 max-w-6xl items-center gap-0.5 px-2.5 sm:gap-2 sm:px-4">
        {/* The essay's title takes the name's box once the h1 is passed (islands/header-title.ts): nothing moves.
            With headings, the title opens the essay's contents. */}
        <div className="relative me-auto flex flex-auto">
          <a
            href={indexPath(variant)}
            data-site-name=""
            className="inline-flex min-h-11 min-w-11 items-center font-semibold tracking-wide whitespace-nowrap text-(--color-ink) no-underline"
          >
            {t.siteName}
            <span className="ms-2 hidden text-sm font-normal text-(--color-muted) md:inline">· {t.siteSubtitle}</span>
          </a>
          {title ? (
            <div {...island('header-title')} className="header-title absolute inset-y-0 start-0 end-1 flex min-w-0">
              {contents && contents.headings.length >= 2 ? (
                <HeaderContents headings={contents.headings} label={contents.label} title={title} />
              ) : (
                <a
                  href="#main"
                  data-header-title=""
                  className="flex min-h-11 min-w-0 items-center text-(--color-ink) no-underline"
                >
                  <span data-short-title="" className="truncate">
                    {title}
                  </span>
                </a>
              )}
            </div>
          ) : null}
        </div>
        {/* The search page has its own box. */}
        {subpath === 'search/' ? null : (
          <SearchBox variant={variant} label={t.search} placeholder={t.searchPlaceholder} />
        )}
        <a
          href={themesPath(variant)}
          data-header-themes=""
          className="hidden min-h-11 min-w-11 items-center justify-center px-1.5 text-sm whitespace-nowrap text-(--color-ink) hover:text-(--color-accent) min-[400px]:inline-flex"
        >
          {t.themes}
        </a>
        <ReaderSettings labels={settingsLabels(t)} last={<OfflineSave labels={t.offline} />}>
          {modes || wording || writing || readings ? (
            <>
              {modes ? (
                <div>
                  <p className="mb-1 text-(--color-muted)" aria-hidden="true">
                    {t.readingMode}
                  </p>
                  <ReadingModeSwitch choices={modes} label={t.readingMode} />
                </div>
              ) : null}
              {wording ? (
                <WordingChoice
                  label={t.wordingLabel}
                  choices={{ author: t.wordingAuthor, regional: t.wordingRegional }}
                  forms={t.wordingForms}
                />
              ) : null}
              {writing ? (
                <WritingChoice
                  label={t.writingLabel}
                  choices={{ horizontal: t.writingHorizontal, vertical: t.writingVertical }}
                />
              ) : null}
              {readings ? <ReadingsChoice {...readings} t={t} /> : null}
            </>
          ) : null}
        </ReaderSettings>
        <ScriptSwitch current={variant} hrefs={hrefs} label={t.switchLabel} />
      </div>
    </header>
  );
}
