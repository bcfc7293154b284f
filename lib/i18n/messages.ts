import type { VariantId } from '../variants';

/**
 * UI strings, one catalogue per variant: 简体, 繁體（臺灣）, 繁體（香港） and English, each written by hand for
 * its readers (not converted): Taiwan and Hong Kong usage, not mainland words in Traditional characters
 * (checked against the regional table by tests/unit/site-voice.test.ts).
 */
export interface Messages {
  siteName: string;
  siteSubtitle: string;
  siteTagline: string;
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
  themesIntro: string;
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
  wordingForms: { mainland: string; taiwan: string; hongKong: string; english: string; author: string };
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
}

const hans: Messages = {
  siteName: 'AI 与工作',
  siteSubtitle: '双语读本',
  siteTagline: '五篇中文文章，关于人工智能与我们的工作',
  skipToContent: '跳到正文',
  articles: '文章',
  by: '作者',
  readingTime: (m) => `约 ${m} 分钟读完`,
  switchLabel: '语言版本',
  footnotesLabel: '注释',
  translationPending: '译文更新中',
  translatorNotesLabel: '译者注',
  translatorNoteBackLabel: (letter) => `返回译者注 ${letter} 的引用处`,
  glossaryLabel: '术语表',
  glossaryBackLabel: (term) => `返回正文中“${term}”的定义`,
  glossaryGoto: '查看术语表',
  footnoteBackLabel: (n, k) => (k > 1 ? `返回正文第 ${n} 条注释的第 ${k} 处引用` : `返回正文第 ${n} 条注释的引用`),
  editorNote: '编者注',
  editorNoteIntro: '本站对原文做了以下编辑处理：',
  sourceNote: '来源说明',
  originalLink: '原文链接',
  changeTypes: { removed: '删除', corrected: '更正', structure: '结构' },
  backToIndex: '返回首页',
  sourceScriptNote: (s) =>
    s === 'zh-Hant-TW' ? '本站拿到的原文是繁体版本，看来由简体自动转换而成；本页的简体由本站转换。' : '',
  contents: '目录',
  footerNote: '文章版权归原作者所有；字形转换与编辑说明见各篇文末。',
  themes: '主题',
  themesIntro: '五篇文章彼此呼应。每个主题列出提到它的文章与段落，点击即可跳到原文。',
  themeMap: '主题地图',
  themeMapCaption: '主题 × 文章：每行一个主题，每列一篇文章；数字是该文提到该主题的次数，点击查看相关段落。',
  themeMapThemes: '主题',
  themeMapKey: '各列文章',
  themeMapCell: (essay, theme, n) => `${essay} · ${theme}：提到 ${n} 次`,
  essayThemes: '本文主题',
  relatedReading: '延伸阅读',
  sharedThemes: '共同主题',
  themeStats: (e, p) => `${e} 篇文章 · ${p} 个段落`,
  allThemes: '全部主题',
  readerControls: '阅读设置',
  footnoteGoto: '查看注释',
  permalink: '本段链接（复制网址）',
  permalinkCopied: '已复制本段链接',
  themeLabel: '配色',
  themeChoice: { system: '跟随系统', light: '浅色', dark: '深色' },
  smaller: '缩小字号',
  larger: '放大字号',
  search: '搜索',
  searchPlaceholder: '搜索全文',
  searchHint: '简体、繁体均可输入，例如：全民基本收入、內卷、马斯克；输入英文词也会搜索英文译文。',
  searchNeedsScript: '搜索需要浏览器启用 JavaScript。',
  searching: '正在搜索…',
  searchResults: '找到 {count} 个段落',
  noResults: '没有段落包含“{query}”。',
  showMore: '显示更多结果',
  searchFailed: '搜索暂时无法使用，请稍后再试。',
  searchPartial: '没有段落包含完整的“{query}”。以下段落包含其中的词：',
  searchOtherLanguage: { zh: '中文原文中的结果', en: '英文译文中的结果' },
  searchTryThemes: '可以按主题浏览：',
  searchTryOther: '在英文译文中搜索“{query}”',
  originalTerms: '原文',
  feed: '订阅（RSS）',
  feedTitle: 'AI 与工作 · 双语读本（RSS）',
  notFoundHeading: '找不到这个页面',
  notFoundBody: '链接可能有误，或者页面已经移动。',
  notFoundBack: '回到首页',
  readingMode: '阅读模式',
  modeChinese: '中文',
  modeBilingual: '中英对照',
  translationNote: '英文为本站翻译，按段落与中文原文对齐。',
  englishTitle: '英文标题',
  originalTitle: '中文原题',
  fontSize: '字号',
  fontStepNames: { s: '小', m: '标准', l: '大', xl: '特大' },
  settingsNoScript: '字号可用浏览器的缩放调整；配色跟随系统设置。',
  paragraphEnglishShow: '显示本段英文',
  readAlongside: '中英对照',
  modeEnglish: 'English',
  aboutEssay: '关于本文',
  outletLabel: '来源',
  colon: '：',
  undated: '原文未署日期',
  translatedBy: '',
  mentionsInPassages: (m, p) => `提到 ${m} 次，见 ${p} 个段落`,
  editorChangesToggle: (n) => `全部 ${n} 项改动`,
  changeBefore: '原文',
  changeAfter: '改为',
  changeRemovedText: '删去的文字',
  readingOrder: '建议阅读顺序',
  leadsWith: '主要主题',
  essayIndex: '篇目',
  about: '关于本站',
  aboutSources: '各篇出处',
  aboutSourcesIntro: '每篇文章的作者、发表平台、日期与原文链接，以原文所载为准；原文没有写明的，这里也不补。',
  sourceLink: '原文链接',
  noSourceLink: '原文未附链接',
  editorNoteOf: (n) => (n > 0 ? `编者注：${n} 项改动` : '编者注：未作改动'),
  reportHeading: '报告错误',
  reportBody:
    '发现错字、转换错误、译文不准或链接失效，请写信告诉编辑：写明页面和段落（点段落末的 ¶ 可复制本段链接）、原来的文字和你建议的改法。对中文原文的更正会列入该文的编者注；译文、字形转换和链接的更正直接改在页面上。',
  reportLink: '写信给编辑',
  reportSubject: '更正：',
  wordingLabel: '用词',
  wordingAuthor: '作者原文用词',
  wordingRegional: '本地用语',
  wordingForms: { mainland: '大陆', taiwan: '台湾', hongKong: '香港', english: '英文', author: '作者原文' },
  coverAlt: (title, label, themes) => `《${title}》的封面：大字“${label}”，主题：${themes.join('、')}`,
  siteCoverAlt: (name, tagline) => `${name}：${tagline}`,
  modeSegments: { zh: '中文', bilingual: '对照', en: 'EN' },
  noteBackAll: (n) => `↑ 返回正文（${n} 处引用）`,
  modeRedirected: '按你上次的选择，本页以中英对照显示。',
  modeRedirectedBack: '只看中文',
  dismiss: '关闭',
  themeGoto: (theme) => `主题“${theme}”的全部段落`,
};

const hant: Messages = {
  siteName: 'AI 與工作',
  siteSubtitle: '雙語讀本',
  siteTagline: '五篇談人工智慧與工作的中文文章',
  skipToContent: '跳到正文',
  articles: '文章',
  by: '作者',
  readingTime: (m) => `約 ${m} 分鐘讀完`,
  switchLabel: '語言版本',
  footnotesLabel: '註釋',
  translationPending: '譯文更新中',
  translatorNotesLabel: '譯者註',
  translatorNoteBackLabel: (letter) => `返回譯者註 ${letter} 的引用處`,
  glossaryLabel: '術語表',
  glossaryBackLabel: (term) => `返回正文中「${term}」的定義`,
  glossaryGoto: '查看術語表',
  footnoteBackLabel: (n, k) => (k > 1 ? `返回正文第 ${n} 條註釋的第 ${k} 處引用` : `返回正文第 ${n} 條註釋的引用`),
  editorNote: '編者註',
  editorNoteIntro: '本站對原文做了以下編輯處理：',
  sourceNote: '來源說明',
  originalLink: '原文連結',
  changeTypes: { removed: '刪除', corrected: '更正', structure: '結構' },
  backToIndex: '返回首頁',
  sourceScriptNote: (s) =>
    s === 'zh-Hant-TW'
      ? '本站拿到的原文是繁體版本，看來由簡體自動轉換而成；本頁由本站依臺灣標準字形重新轉換，詳見「關於本站」。'
      : '原文以簡體中文發表，本站以 OpenCC 與人工核對的詞表轉換字形。',
  contents: '目錄',
  footerNote: '文章版權歸原作者所有；字形轉換與編輯說明見各篇文末。',
  themes: '主題',
  themesIntro: '五篇文章彼此呼應。每個主題列出提到它的文章與段落，點選即可跳到原文。',
  themeMap: '主題地圖',
  themeMapCaption: '主題 × 文章：每列一個主題，每欄一篇文章；每格顯示該文提到該主題幾次，點選可查看相關段落。',
  themeMapThemes: '主題',
  themeMapKey: '各欄文章',
  themeMapCell: (essay, theme, n) => `${essay} · ${theme}：提到 ${n} 次`,
  essayThemes: '本文主題',
  relatedReading: '延伸閱讀',
  sharedThemes: '共同主題',
  themeStats: (e, p) => `${e} 篇文章 · ${p} 個段落`,
  allThemes: '全部主題',
  readerControls: '閱讀設定',
  footnoteGoto: '查看註釋',
  permalink: '本段連結（複製網址）',
  permalinkCopied: '已複製本段連結',
  themeLabel: '配色',
  themeChoice: { system: '依系統設定', light: '淺色', dark: '深色' },
  smaller: '縮小文字',
  larger: '放大文字',
  search: '搜尋',
  searchPlaceholder: '搜尋全文',
  searchHint:
    '繁體、簡體都能搜尋，例如：全民基本收入、內卷、馬斯克（或簡體的「马斯克」）；輸入英文詞也會搜尋英文譯文。',
  searchNeedsScript: '搜尋需要瀏覽器啟用 JavaScript。',
  searching: '搜尋中…',
  searchResults: '找到 {count} 個段落',
  noResults: '找不到含有「{query}」的段落。',
  showMore: '顯示更多結果',
  searchFailed: '搜尋暫時無法使用，請稍後再試。',
  searchPartial: '找不到含有完整「{query}」的段落。以下段落含有其中的詞：',
  searchOtherLanguage: { zh: '中文原文中的結果', en: '英文譯文中的結果' },
  searchTryThemes: '也可以依主題瀏覽：',
  searchTryOther: '在英文譯文中搜尋「{query}」',
  originalTerms: '原文',
  feed: '訂閱（RSS）',
  feedTitle: 'AI 與工作 · 雙語讀本（RSS）',
  notFoundHeading: '找不到這個頁面',
  notFoundBody: '連結可能有誤，或頁面已移除、網址已變更。',
  notFoundBack: '回到首頁',
  readingMode: '閱讀模式',
  modeChinese: '中文',
  modeBilingual: '中英對照',
  translationNote: '英文為本站翻譯，與中文原文逐段對齊。',
  englishTitle: '英文標題',
  originalTitle: '中文原題',
  fontSize: '文字大小',
  fontStepNames: { s: '小', m: '標準', l: '大', xl: '特大' },
  settingsNoScript: '文字大小可用瀏覽器的縮放調整；配色跟隨系統設定。',
  paragraphEnglishShow: '顯示本段英文',
  readAlongside: '中英對照',
  modeEnglish: 'English',
  aboutEssay: '關於本文',
  outletLabel: '來源',
  colon: '：',
  undated: '原文未署日期',
  translatedBy: '',
  mentionsInPassages: (m, p) => `提到 ${m} 次，見 ${p} 個段落`,
  editorChangesToggle: (n) => `全部 ${n} 項改動`,
  changeBefore: '原文',
  changeAfter: '改為',
  changeRemovedText: '刪去的文字',
  readingOrder: '建議閱讀順序',
  leadsWith: '主要主題',
  essayIndex: '篇目',
  about: '關於本站',
  aboutSources: '各篇出處',
  aboutSourcesIntro: '每篇文章的作者、發表平臺、日期與原文連結，以原文所載為準；原文沒有寫明的，這裡也不補。',
  sourceLink: '原文連結',
  noSourceLink: '原文未附連結',
  editorNoteOf: (n) => (n > 0 ? `編者註：${n} 項改動` : '編者註：未作改動'),
  reportHeading: '回報錯誤',
  reportBody:
    '發現錯字、轉換錯誤、譯文不準或連結失效，請寫信告訴編輯：寫明頁面和段落（點選段落末的 ¶ 可複製本段連結）、原來的文字和你建議的改法。對中文原文的更正會列入該文的編者註；譯文、字形轉換和連結的更正直接改在頁面上。',
  reportLink: '寫信給編輯',
  reportSubject: '更正：',
  wordingLabel: '用詞',
  wordingAuthor: '作者原文用詞',
  wordingRegional: '臺灣用語',
  wordingForms: { mainland: '大陸', taiwan: '臺灣', hongKong: '香港', english: '英文', author: '作者原文' },
  coverAlt: (title, label, themes) => `《${title}》的封面：大字「${label}」，主題：${themes.join('、')}`,
  siteCoverAlt: (name, tagline) => `${name}：${tagline}`,
  modeSegments: { zh: '中文', bilingual: '對照', en: 'EN' },
  noteBackAll: (n) => `↑ 返回正文（${n} 處引用）`,
  modeRedirected: '依你上次的選擇，本頁以中英對照顯示。',
  modeRedirectedBack: '只看中文',
  dismiss: '關閉',
  themeGoto: (theme) => `主題「${theme}」的所有段落`,
};

/**
 * 繁體（香港）: written for Hong Kong readers, in Hong Kong standard forms (説, 閲, 啓, 裏) and Hong Kong
 * usage (人工智能, 字體大小, 行 for a table's row, 電郵); not the Taiwan catalogue with exceptions.
 */
const hk: Messages = {
  siteName: 'AI 與工作',
  siteSubtitle: '雙語讀本',
  siteTagline: '五篇談人工智能與工作的中文文章',
  skipToContent: '跳到正文',
  articles: '文章',
  by: '作者',
  readingTime: (m) => `約 ${m} 分鐘讀完`,
  switchLabel: '語言版本',
  footnotesLabel: '註釋',
  translationPending: '譯文更新中',
  translatorNotesLabel: '譯者註',
  translatorNoteBackLabel: (letter) => `返回譯者註 ${letter} 的引用處`,
  glossaryLabel: '術語表',
  glossaryBackLabel: (term) => `返回正文中「${term}」的定義`,
  glossaryGoto: '查看術語表',
  footnoteBackLabel: (n, k) => (k > 1 ? `返回正文第 ${n} 條註釋的第 ${k} 處引用` : `返回正文第 ${n} 條註釋的引用`),
  editorNote: '編者註',
  editorNoteIntro: '本站對原文作了以下修改：',
  sourceNote: '來源説明',
  originalLink: '原文連結',
  changeTypes: { removed: '刪除', corrected: '更正', structure: '結構' },
  backToIndex: '返回首頁',
  sourceScriptNote: (s) =>
    s === 'zh-Hant-TW'
      ? '本站拿到的原文是繁體版本，看來由簡體自動轉換而成；本頁由本站依香港標準字形重新轉換，詳見「關於本站」。'
      : '原文以簡體中文發表，本站以 OpenCC 與人工核對的詞表作繁簡轉換。',
  contents: '目錄',
  footerNote: '文章版權歸原作者所有；繁簡轉換與編輯説明見各篇文末。',
  themes: '主題',
  themesIntro: '五篇文章彼此呼應。每個主題列出提到它的文章與段落，按一下即可跳到原文。',
  themeMap: '主題地圖',
  themeMapCaption: '主題 × 文章：每行一個主題，每欄一篇文章；數字是該文提到該主題的次數，按數字可查看相關段落。',
  themeMapThemes: '主題',
  themeMapKey: '各欄文章',
  themeMapCell: (essay, theme, n) => `${essay} · ${theme}：提到 ${n} 次`,
  essayThemes: '本文主題',
  relatedReading: '延伸閲讀',
  sharedThemes: '共同主題',
  themeStats: (e, p) => `${e} 篇文章 · ${p} 個段落`,
  allThemes: '全部主題',
  readerControls: '閲讀設定',
  footnoteGoto: '查看註釋',
  permalink: '本段連結（複製網址）',
  permalinkCopied: '已複製本段連結',
  themeLabel: '配色',
  themeChoice: { system: '跟隨系統', light: '淺色', dark: '深色' },
  smaller: '縮小字體',
  larger: '放大字體',
  search: '搜尋',
  searchPlaceholder: '搜尋全文',
  searchHint:
    '繁體、簡體都能搜尋，例如：全民基本收入、內卷、馬斯克（或簡體的「马斯克」）；輸入英文詞也會搜尋英文譯文。',
  searchNeedsScript: '搜尋需要瀏覽器啓用 JavaScript。',
  searching: '搜尋中…',
  searchResults: '找到 {count} 個段落',
  noResults: '找不到包含「{query}」的段落。',
  showMore: '顯示更多結果',
  searchFailed: '搜尋暫時無法使用，請稍後再試。',
  searchPartial: '找不到包含完整「{query}」的段落。以下段落包含其中的詞：',
  searchOtherLanguage: { zh: '中文原文中的結果', en: '英文譯文中的結果' },
  searchTryThemes: '可以按主題瀏覽：',
  searchTryOther: '在英文譯文中搜尋「{query}」',
  originalTerms: '原文',
  feed: '訂閲（RSS）',
  feedTitle: 'AI 與工作 · 雙語讀本（RSS）',
  notFoundHeading: '找不到這個頁面',
  notFoundBody: '連結可能有誤，或者頁面已經移動。',
  notFoundBack: '回到首頁',
  readingMode: '閲讀模式',
  modeChinese: '中文',
  modeBilingual: '中英對照',
  translationNote: '英文為本站翻譯，按段落與中文原文對齊。',
  englishTitle: '英文標題',
  originalTitle: '中文原題',
  fontSize: '字體大小',
  fontStepNames: { s: '小', m: '標準', l: '大', xl: '特大' },
  settingsNoScript: '字體大小可用瀏覽器的縮放功能調整；配色跟隨系統設定。',
  paragraphEnglishShow: '顯示本段英文',
  readAlongside: '中英對照',
  modeEnglish: 'English',
  aboutEssay: '關於本文',
  outletLabel: '來源',
  colon: '：',
  undated: '原文未署日期',
  translatedBy: '',
  mentionsInPassages: (m, p) => `提到 ${m} 次，見 ${p} 個段落`,
  editorChangesToggle: (n) => `全部 ${n} 項改動`,
  changeBefore: '原文',
  changeAfter: '改為',
  changeRemovedText: '刪去的文字',
  readingOrder: '建議閲讀次序',
  leadsWith: '主要主題',
  essayIndex: '篇目',
  about: '關於本站',
  aboutSources: '各篇出處',
  aboutSourcesIntro: '每篇文章的作者、發表平台、日期與原文連結，以原文所載為準；原文沒有寫明的，這裏也不補。',
  sourceLink: '原文連結',
  noSourceLink: '原文未附連結',
  editorNoteOf: (n) => (n > 0 ? `編者註：${n} 項改動` : '編者註：未作改動'),
  reportHeading: '報告錯誤',
  reportBody:
    '如發現錯字、轉換錯誤、譯文不準確或連結失效，請寫電郵告訴編輯：註明頁面和段落（按段落末的 ¶ 可複製本段連結）、原來的文字和你建議的改法。對中文原文的更正會列入該文的編者註；譯文、繁簡轉換和連結的更正直接改在頁面上。',
  reportLink: '電郵編輯',
  reportSubject: '更正：',
  wordingLabel: '用詞',
  wordingAuthor: '作者原文用詞',
  wordingRegional: '香港用語',
  wordingForms: { mainland: '內地', taiwan: '台灣', hongKong: '香港', english: '英文', author: '作者原文' },
  coverAlt: (title, label, themes) => `《${title}》的封面：大字「${label}」，主題：${themes.join('、')}`,
  siteCoverAlt: (name, tagline) => `${name}：${tagline}`,
  modeSegments: { zh: '中文', bilingual: '對照', en: 'EN' },
  noteBackAll: (n) => `↑ 返回正文（${n} 處引用）`,
  modeRedirected: '按你上次的選擇，本頁以中英對照顯示。',
  modeRedirectedBack: '只看中文',
  dismiss: '關閉',
  themeGoto: (theme) => `主題「${theme}」的所有段落`,
};

const en: Messages = {
  siteName: 'AI and Work',
  siteSubtitle: 'A Bilingual Reader',
  siteTagline: 'Five Chinese essays on artificial intelligence and our work, in English translation',
  skipToContent: 'Skip to content',
  articles: 'Essays',
  by: 'By',
  readingTime: (m) => `${m} min read`,
  switchLabel: 'Language and script',
  footnotesLabel: 'Notes',
  translationPending: 'Translation being updated',
  translatorNotesLabel: 'Translator’s notes',
  translatorNoteBackLabel: (letter) => `Back to the reference to translator’s note ${letter}`,
  glossaryLabel: 'Glossary',
  glossaryBackLabel: (term) => `Back to where “${term}” is defined`,
  glossaryGoto: 'See the glossary',
  footnoteBackLabel: (n, k) => (k > 1 ? `Back to reference ${k} of note ${n}` : `Back to the reference of note ${n}`),
  editorNote: 'Editor’s note',
  editorNoteIntro: 'This site made the following editorial changes to the Chinese original:',
  sourceNote: 'About the source',
  originalLink: 'Original',
  changeTypes: { removed: 'Removed', corrected: 'Corrected', structure: 'Structure' },
  backToIndex: 'Back to the essays',
  sourceScriptNote: (s) =>
    s === 'zh-Hant-TW'
      ? 'The source reached us in Traditional characters, apparently converted from Simplified by software; this English translation is by this site.'
      : 'Originally published in Simplified Chinese; this English translation is by this site.',
  contents: 'Contents',
  footerNote: 'Copyright in the essays remains with their authors; translations and editorial notes are this site’s.',
  themes: 'Themes',
  themesIntro: 'The five essays answer one another. Each theme lists the essays and passages that discuss it.',
  themeMap: 'Theme map',
  themeMapCaption:
    'Themes × essays: one row per theme, one column per essay; each number is how often the essay mentions the theme. Select a number to see the passages.',
  themeMapThemes: 'Theme',
  themeMapKey: 'The essays',
  themeMapCell: (essay, theme, n) => `${essay} · ${theme}: ${n} mention${n === 1 ? '' : 's'}`,
  essayThemes: 'Themes of this essay',
  relatedReading: 'Related reading',
  sharedThemes: 'Shared themes',
  themeStats: (e, p) => `${e} essay${e === 1 ? '' : 's'} · ${p} passage${p === 1 ? '' : 's'}`,
  allThemes: 'All themes',
  readerControls: 'Reading settings',
  footnoteGoto: 'Go to the note',
  permalink: 'Link to this paragraph (copies the address)',
  permalinkCopied: 'Link to this paragraph copied',
  themeLabel: 'Color theme',
  themeChoice: { system: 'System', light: 'Light', dark: 'Dark' },
  smaller: 'Smaller text',
  larger: 'Larger text',
  search: 'Search',
  searchPlaceholder: 'Search the essays',
  searchHint:
    'Searches the English translation; type Chinese, in either script, to search the original too. For example: resignations, bubble, Musk.',
  searchNeedsScript: 'Search needs JavaScript.',
  searching: 'Searching…',
  searchResults: 'Paragraphs found: {count}',
  noResults: '“{query}” is not in any paragraph.',
  showMore: 'Show more results',
  searchFailed: 'Search is unavailable; please try again later.',
  searchPartial: 'No paragraph contains “{query}” as written. These contain its words:',
  searchOtherLanguage: { zh: 'In the Chinese original', en: 'In the English translation' },
  searchTryThemes: 'Browse a theme instead:',
  searchTryOther: 'Search the Chinese original for “{query}”',
  originalTerms: 'in the Chinese:',
  feed: 'Subscribe (RSS)',
  feedTitle: 'AI and Work · A Bilingual Reader (RSS)',
  notFoundHeading: 'Page not found',
  notFoundBody: 'The link may be wrong, or the page has moved.',
  notFoundBack: 'Back to the essays',
  readingMode: 'Reading mode',
  modeChinese: 'Chinese',
  modeBilingual: 'Bilingual',
  translationNote: 'Translated by this site, paragraph by paragraph, from the Chinese original.',
  englishTitle: 'English title',
  originalTitle: 'Chinese title',
  fontSize: 'Text size',
  fontStepNames: { s: 'Small', m: 'Standard', l: 'Large', xl: 'Extra large' },
  settingsNoScript: 'Use your browser’s zoom for text size; the color theme follows your system.',
  paragraphEnglishShow: 'Show this paragraph in English',
  readAlongside: 'Read alongside the Chinese',
  modeEnglish: 'English',
  aboutEssay: 'About this essay',
  outletLabel: 'Source',
  colon: ': ',
  undated: 'Undated in the original',
  translatedBy: 'Translated by AI and Work',
  mentionsInPassages: (m, p) => `${m} mention${m === 1 ? '' : 's'} in ${p} passage${p === 1 ? '' : 's'}`,
  editorChangesToggle: (n) => `All ${n} change${n === 1 ? '' : 's'}`,
  changeBefore: 'Original',
  changeAfter: 'Corrected to',
  changeRemovedText: 'Removed text',
  readingOrder: 'A suggested reading order',
  leadsWith: 'Leading themes',
  essayIndex: 'The essays',
  about: 'About',
  aboutSources: 'Sources',
  aboutSourcesIntro:
    'Each essay’s author, outlet, date, and link, as the source gives them; where the source does not say, neither do we.',
  sourceLink: 'Original',
  noSourceLink: 'No link given in the source',
  editorNoteOf: (n) => (n > 0 ? `Editor’s note: ${n} change${n === 1 ? '' : 's'}` : 'Editor’s note: no changes'),
  reportHeading: 'Report an error',
  reportBody:
    'Found a typo, a conversion error, a mistranslation, or a broken link? Write to the editors: say which page and paragraph (the ¶ at the end of a paragraph copies a link to it), what it says, and what you suggest. Corrections to the Chinese text are listed in the essay’s editor’s note; corrections to the translation, the script conversion, and links are made on the page without a list.',
  reportLink: 'Write to the editors',
  reportSubject: 'Correction: ',
  wordingLabel: 'Wording',
  wordingAuthor: 'The authors’ words',
  wordingRegional: 'Local wording',
  wordingForms: {
    mainland: 'Mainland',
    taiwan: 'Taiwan',
    hongKong: 'Hong Kong',
    english: 'English',
    author: 'The author’s word',
  },
  coverAlt: (title, label, themes) => `Cover of “${title}”: “${label}” in large type; themes: ${themes.join(', ')}`,
  siteCoverAlt: (name, tagline) => `${name}: ${tagline}`,
  modeSegments: { zh: '中文', bilingual: 'Bilingual', en: 'EN' },
  noteBackAll: (n) => `↑ Back to the text (${n} references)`,
  modeRedirected: 'Opened side by side with the Chinese, as you chose last time.',
  modeRedirectedBack: 'English only',
  dismiss: 'Close',
  themeGoto: (theme) => `Every passage on “${theme}”`,
};

const catalogue: Record<VariantId, Messages> = { 'zh-hans': hans, 'zh-hant': hant, 'zh-hk': hk, en };

/** UI strings for a variant. */
export function getMessages(variant: VariantId): Messages {
  return catalogue[variant];
}
