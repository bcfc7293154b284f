import type { OpenccLocale } from '@/lib/site/variants';
import type { ListenLabels } from '@/lib/listen/labels';

/**
 * UI strings, one catalogue per variant: 简体, 繁體（臺灣）, 繁體（香港） and English, each written by hand for
 * its readers (not converted): Taiwan and Hong Kong usage, not mainland words in Traditional characters
 * (checked against the regional table by tests/unit/site-voice.test.ts). The shape is this interface; each
 * catalogue is a file of its own (lib/i18n/catalogue/<variant>.ts), so a new string is the key here and its
 * text in each file, and the type checker names a catalogue that lacks it.
 */
export interface Messages {
  siteName: string;
  siteSubtitle: string;
  /** With the number of essays. */
  siteTagline: (essays: number) => string;
  skipToContent: string;
  articles: string;
  by: string;
  readingTime: (minutes: number) => string;
  switchLabel: string;
  footnotesLabel: string;
  /** Mark on an English block whose translation is stale or missing (it shows the Chinese meanwhile). */
  translationPending: string;
  /** Heading of the translator's notes (English pages and 中英对照 only). */
  translatorNotesLabel: string;
  translatorNoteBackLabel: (letter: string) => string;
  footnoteBackLabel: (referenceNumber: number, occurrence: number) => string;
  glossaryLabel: string;
  glossaryBackLabel: (term: string) => string;
  glossaryGoto: string;
  editorNote: string;
  editorNoteIntro: string;
  sourceNote: string;
  originalLink: string;
  changeTypes: Record<'removed' | 'corrected' | 'structure', string>;
  backToIndex: string;
  /** The editor's note's line on the source's script and this page's conversion; '' when there is nothing to say. */
  sourceScriptNote: (script: string) => string;
  contents: string;
  footerNote: string;
  themes: string;
  /** With the number of essays. */
  themesIntro: (essays: number) => string;
  themeMap: string;
  themeMapCaption: string;
  /** The theme map's first column (one row per theme). */
  themeMapThemes: string;
  /** Heading of the list that names each of the theme map's columns in full. */
  themeMapKey: string;
  /** Accessible name of a theme map cell: essay, theme, mentions. */
  themeMapCell: (essay: string, theme: string, mentions: number) => string;
  essayThemes: string;
  relatedReading: string;
  sharedThemes: string;
  themeStats: (essays: number, passages: number) => string;
  allThemes: string;
  readerControls: string;
  footnoteGoto: string;
  permalink: string;
  permalinkCopied: string;
  themeLabel: string;
  themeChoice: { system: string; light: string; dark: string };
  smaller: string;
  larger: string;
  search: string;
  searchPlaceholder: string;
  searchHint: string;
  searchNeedsScript: string;
  searching: string;
  /** `{count}` is replaced by the number of results (a string, so client components can take it). */
  searchResults: string;
  noResults: string;
  showMore: string;
  searchFailed: string;
  /** Heading of the partial matches, shown only when no paragraph has the query as written; with `{query}`. */
  searchPartial: string;
  /** Heading of the results from the other language's index (a Chinese query on an English page …). */
  searchOtherLanguage: { zh: string; en: string };
  /** The empty state's suggestions: browse a theme, or search the other language; with `{query}`. */
  searchTryThemes: string;
  searchTryOther: string;
  /** Theme pages in English: before the Chinese words a passage was matched on, when its English has none. */
  originalTerms: string;
  feed: string;
  /** Name of the variant's RSS feed (its `<link>` title and channel). */
  feedTitle: string;
  notFoundHeading: string;
  notFoundBody: string;
  notFoundBack: string;
  readingMode: string;
  modeChinese: string;
  modeBilingual: string;
  /**
   * Links to the EPUB books (lib/epub/books.ts): an essay's, its 中英对照 pairs', the whole collection's; `epubSize` follows
   * the label, and says when a book is set vertically (直排, the Traditional editions).
   */
  epubDownload: { essay: string; pairs: string; collection: string };
  epubSize: (kilobytes: number, vertical: boolean) => string;
  translationNote: string;
  englishTitle: string;
  /** On English pages: the essay's title in the Chinese original. */
  originalTitle: string;
  /** The reading settings' font size row, and the name of each step. */
  fontSize: string;
  fontStepNames: { s: string; m: string; l: string; xl: string };
  /** In the reading settings when scripting is off: what still works. */
  settingsNoScript: string;
  /** The per-paragraph English control on a Chinese essay page. */
  paragraphEnglishShow: string;
  /** The per-paragraph Chinese control on an English essay page: its name after the visible 中. */
  paragraphChineseShow: string;
  /** English pages: the way into 中英对照, per Chinese script. */
  readAlongside: string;
  modeEnglish: string;
  /** The block after the essay: English deck, source, themes. */
  aboutEssay: string;
  outletLabel: string;
  /** `：` in Chinese, `: ` in English: between a label and its value. */
  colon: string;
  /** Byline: no date in the source. */
  undated: string;
  /** Byline on English pages: who translated. */
  translatedBy: string;
  /** Theme page: an essay's mentions and the passages they are in. */
  mentionsInPassages: (mentions: number, passages: number) => string;
  /** The editor's note: the toggle that shows every change, and the labels of a correction. */
  editorChangesToggle: (n: number) => string;
  changeBefore: string;
  changeAfter: string;
  changeRemovedText: string;
  /** Home page. */
  readingOrder: string;
  leadsWith: string;
  /** The front page's list of the essays' titles after the 导读's lead (issue 28). */
  essayIndex: string;
  /** About page. */
  about: string;
  aboutSources: string;
  aboutSourcesIntro: string;
  sourceLink: string;
  noSourceLink: string;
  editorNoteOf: (n: number) => string;
  reportHeading: string;
  reportBody: string;
  reportLink: string;
  reportSubject: string;
  /**
   * The regional-wording layer (Taiwan and Hong Kong essay pages): its row in "Aa", its two choices, and the
   * popover of a swapped word (the word's forms, and which one the author wrote).
   */
  wordingLabel: string;
  wordingAuthor: string;
  wordingRegional: string;
  /** "Aa" on Chinese essay pages, wide screens: horizontal or vertical setting of the text. */
  writingLabel: string;
  writingHorizontal: string;
  writingVertical: string;
  wordingForms: { mainland: string; taiwan: string; hongKong: string; english: string; author: string };
  /**
   * Readings on demand (issue 32): their row in "Aa" (off, or a kind the edition offers: lib/readings/kinds.ts),
   * and each paragraph's control: its name is `readingsShow` + the kind's name ("显示本段" + "拼音"), its mark
   * the kind's name's first character (拼).
   */
  readingsLabel: string;
  readingsChoice: { off: string; pinyin: string; zhuyin: string; jyutping: string };
  readingsShow: string;
  /** Share images' alt text. */
  coverAlt: (title: string, label: string, themes: readonly string[]) => string;
  siteCoverAlt: (name: string, tagline: string) => string;
  /**
   * Essay pages' reading controls (issue 28): the 中文 | 对照 | EN choice by the byline, the collapsed back
   * links of a note cited many times, the notice after a remembered 中英对照 choice changed the page, and
   * a theme link's popover.
   */
  modeSegments: { zh: string; bilingual: string; en: string };
  noteBackAll: (places: number) => string;
  modeRedirected: string;
  modeRedirectedBack: string;
  dismiss: string;
  themeGoto: (theme: string) => string;
  /** Read-aloud (issue 31): the header control, each paragraph's ▶ and the player (lib/listen/labels.ts). */
  listen: ListenLabels;
  /** Offline reading (issue 33): "全部离线保存" in About and "Aa", and the quiet notices (components/ui/offline-save.tsx). */
  offline: OfflineLabels;
  /** Each essay's vocabulary (issue 32): its page, its downloads, the link in "About this essay", the About page's credit. */
  vocabulary: VocabularyLabels;
}

/** The vocabulary's strings (app/[variant]/articles/[slug]/vocabulary, components/vocabulary). */
export interface VocabularyLabels {
  /** The link in "About this essay". */
  link: string;
  /** The page's heading, under the essay's title (which links back to the essay). */
  heading: string;
  title: (essay: string) => string;
  intro: (count: number) => string;
  columns: { word: string; meaning: string; forms: string; example: string; english: string };
  occurrences: (count: number) => string;
  /** A tapped word's count in the essay, `{n}` for the number (islands/lazy/words.ts). */
  tapCount: string;
  /** A word's form in each Chinese edition, by the edition's OpenCC locale: 简 · 臺 · 港. */
  formLabels: Readonly<Record<OpenccLocale, string>>;
  download: { tsv: string; csv: string };
  /** The About page's credit: `before` [CC-CEDICT] `middle` [CC BY-SA 4.0] `after`. */
  credit: { heading: string; before: string; middle: string; after: string };
}

/** Offline reading's strings; `saving` has `{percent}` where the share saved goes. */
export interface OfflineLabels {
  saveAll: string;
  saveAllNote: string;
  saving: string;
  saved: string;
  failedQuota: string;
  failedStorage: string;
  failedNetwork: string;
  offlineNow: string;
  updateReady: string;
}
