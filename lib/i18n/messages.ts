import type { VariantId } from '../variants';

/** UI strings, one catalogue per variant: 简体, 繁體 and English, written by hand (not converted). */
export interface Messages {
  siteName: string;
  siteSubtitle: string;
  siteTagline: string;
  skipToContent: string;
  articles: string;
  by: string;
  source: string;
  readingTime: (minutes: number) => string;
  switchLabel: string;
  footnotesLabel: string;
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
  mentions: (n: number) => string;
  passagesInEssay: string;
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
  feed: string;
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
}

const hans: Messages = {
  siteName: 'AI 与工作',
  siteSubtitle: '双语读本',
  siteTagline: '五篇中文文章，关于人工智能与我们的工作',
  skipToContent: '跳到正文',
  articles: '文章',
  by: '作者',
  source: '来源',
  readingTime: (m) => `约 ${m} 分钟读完`,
  switchLabel: '切换字形',
  footnotesLabel: '注释',
  glossaryLabel: '术语表',
  glossaryBackLabel: (term) => `返回正文中“${term}”的定义`,
  glossaryGoto: '查看术语表',
  footnoteBackLabel: (n, k) => (k > 1 ? `返回正文第 ${n} 条注释的第 ${k} 处引用` : `返回正文第 ${n} 条注释的引用`),
  editorNote: '编者注',
  editorNoteIntro: '本站对原文做了以下编辑处理：',
  sourceNote: '来源说明',
  originalLink: '原文链接',
  changeTypes: { removed: '删除', corrected: '更正', structure: '结构' },
  backToIndex: '返回目录',
  sourceScriptNote: (s) => `原文以${s === 'zh-Hant-TW' ? '繁体' : '简体'}中文发表，本站以 OpenCC 与项目词典转换字形。`,
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
  mentions: (n) => `提到 ${n} 次`,
  passagesInEssay: '相关段落',
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
  searchHint: '简体、繁体均可输入，例如：全民基本收入、內卷、马斯克',
  searchNeedsScript: '搜索需要浏览器启用 JavaScript。',
  searching: '正在搜索…',
  searchResults: '找到 {count} 个段落',
  noResults: '没有找到相关段落。',
  showMore: '显示更多结果',
  searchFailed: '搜索暂时无法使用，请稍后再试。',
  feed: '订阅（RSS）',
  notFoundHeading: '找不到这个页面',
  notFoundBody: '链接可能有误，或者页面已经移动。',
  notFoundBack: '回到文章目录',
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
};

const hant: Messages = {
  siteName: 'AI 與工作',
  siteSubtitle: '雙語讀本',
  siteTagline: '五篇中文文章，關於人工智慧與我們的工作',
  skipToContent: '跳到正文',
  articles: '文章',
  by: '作者',
  source: '來源',
  readingTime: (m) => `約 ${m} 分鐘讀完`,
  switchLabel: '切換字形',
  footnotesLabel: '註釋',
  glossaryLabel: '術語表',
  glossaryBackLabel: (term) => `返回正文中「${term}」的定義`,
  glossaryGoto: '查看術語表',
  footnoteBackLabel: (n, k) => (k > 1 ? `返回正文第 ${n} 條註釋的第 ${k} 處引用` : `返回正文第 ${n} 條註釋的引用`),
  editorNote: '編者註',
  editorNoteIntro: '本站對原文做了以下編輯處理：',
  sourceNote: '來源說明',
  originalLink: '原文連結',
  changeTypes: { removed: '刪除', corrected: '更正', structure: '結構' },
  backToIndex: '返回目錄',
  sourceScriptNote: (s) => `原文以${s === 'zh-Hant-TW' ? '繁體' : '簡體'}中文發表，本站以 OpenCC 與專案詞典轉換字形。`,
  contents: '目錄',
  footerNote: '文章版權歸原作者所有；字形轉換與編輯說明見各篇文末。',
  themes: '主題',
  themesIntro: '五篇文章彼此呼應。每個主題列出提到它的文章與段落，點擊即可跳到原文。',
  themeMap: '主題地圖',
  themeMapCaption: '主題 × 文章：每列一個主題，每欄一篇文章；數字是該文提到該主題的次數，點擊查看相關段落。',
  themeMapThemes: '主題',
  themeMapKey: '各欄文章',
  themeMapCell: (essay, theme, n) => `${essay} · ${theme}：提到 ${n} 次`,
  essayThemes: '本文主題',
  relatedReading: '延伸閱讀',
  sharedThemes: '共同主題',
  themeStats: (e, p) => `${e} 篇文章 · ${p} 個段落`,
  mentions: (n) => `提到 ${n} 次`,
  passagesInEssay: '相關段落',
  allThemes: '全部主題',
  readerControls: '閱讀設定',
  footnoteGoto: '查看註釋',
  permalink: '本段連結（複製網址）',
  permalinkCopied: '已複製本段連結',
  themeLabel: '配色',
  themeChoice: { system: '跟隨系統', light: '淺色', dark: '深色' },
  smaller: '縮小字號',
  larger: '放大字號',
  search: '搜尋',
  searchPlaceholder: '搜尋全文',
  searchHint: '簡體、繁體均可輸入，例如：全民基本收入、内卷、馬斯克',
  searchNeedsScript: '搜尋需要瀏覽器啟用 JavaScript。',
  searching: '正在搜尋…',
  searchResults: '找到 {count} 個段落',
  noResults: '沒有找到相關段落。',
  showMore: '顯示更多結果',
  searchFailed: '搜尋暫時無法使用，請稍後再試。',
  feed: '訂閱（RSS）',
  notFoundHeading: '找不到這個頁面',
  notFoundBody: '連結可能有誤，或者頁面已經移動。',
  notFoundBack: '回到文章目錄',
  readingMode: '閱讀模式',
  modeChinese: '中文',
  modeBilingual: '中英對照',
  translationNote: '英文為本站翻譯，按段落與中文原文對齊。',
  englishTitle: '英文標題',
  originalTitle: '中文原題',
  fontSize: '字號',
  fontStepNames: { s: '小', m: '標準', l: '大', xl: '特大' },
  settingsNoScript: '字號可用瀏覽器的縮放調整；配色跟隨系統設定。',
  paragraphEnglishShow: '顯示本段英文',
  readAlongside: '中英對照',
  modeEnglish: 'English',
  aboutEssay: '關於本文',
  outletLabel: '來源',
};

const en: Messages = {
  siteName: 'AI and Work',
  siteSubtitle: 'A Bilingual Reader',
  siteTagline: 'Five Chinese essays on artificial intelligence and our work, in English translation',
  skipToContent: 'Skip to content',
  articles: 'Essays',
  by: 'Author',
  source: 'Source',
  readingTime: (m) => `${m} min read`,
  switchLabel: 'Language and script',
  footnotesLabel: 'Notes',
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
    `Originally published in ${s === 'zh-Hant-TW' ? 'Traditional' : 'Simplified'} Chinese; this English translation is by this site.`,
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
  themeStats: (e, p) => `${e} essays · ${p} passages`,
  mentions: (n) => `${n} mention${n === 1 ? '' : 's'}`,
  passagesInEssay: 'Passages',
  allThemes: 'All themes',
  readerControls: 'Reading settings',
  footnoteGoto: 'Go to the note',
  permalink: 'Link to this paragraph (copies the address)',
  permalinkCopied: 'Link to this paragraph copied',
  themeLabel: 'Colour theme',
  themeChoice: { system: 'System', light: 'Light', dark: 'Dark' },
  smaller: 'Smaller text',
  larger: 'Larger text',
  search: 'Search',
  searchPlaceholder: 'Search the Chinese text',
  searchHint: 'Search works on the Chinese text, in either script.',
  searchNeedsScript: 'Search needs JavaScript.',
  searching: 'Searching…',
  searchResults: '{count} paragraphs found',
  noResults: 'No passages found.',
  showMore: 'Show more results',
  searchFailed: 'Search is unavailable; please try again later.',
  feed: 'Subscribe (RSS)',
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
  settingsNoScript: 'Use your browser’s zoom for text size; the colour theme follows your system.',
  paragraphEnglishShow: 'Show this paragraph in English',
  readAlongside: 'Read alongside the Chinese',
  modeEnglish: 'English',
  aboutEssay: 'About this essay',
  outletLabel: 'Source',
};

const catalogue: Record<VariantId, Messages> = { 'zh-hans': hans, 'zh-hant': hant, en };

/** UI strings for a variant. */
export function getMessages(variant: VariantId): Messages {
  return catalogue[variant];
}
