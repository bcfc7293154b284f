/** One zh-hk conversion case: a canonical phrase from the essays and what 繁體（香港） must show. */
export interface HkConversionCase {
  /** Canonical Simplified, as in the essays (punctuation normalised). */
  readonly input: string;
  /** zh-hk: s2hk.tsv + OpenCC hk, then corner quotes. */
  readonly expected: string;
  /** Why the case is here: the dictionary entry it covers, or the OpenCC behaviour it pins. */
  readonly note?: string;
}

/**
 * Real phrases from the essays, checked by tests/unit/conversion-hk.test.ts. Every entry of
 * content/dictionary/s2hk.tsv needs a case here; the reasons are in docs/conversion-audit.md ("Hong Kong forms").
 */
export const hkConversionCases: readonly HkConversionCase[] = [
  {
    input: '这是AI时代职场“内卷”的深层机制',
    expected: '這是AI時代職場「內卷」的深層機制',
    note: '内卷 (the site’s form 內卷; OpenCC: 內捲)',
  },
  { input: '成为“反内卷”的中坚力量', expected: '成為「反內卷」的中堅力量', note: '内卷 inside 反内卷' },
  {
    input: '为缓解职场“内卷”提供制度保障',
    expected: '為緩解職場「內卷」提供制度保障',
    note: "制度 (pinned): OpenCC's phrase 供制 gives 提供製度",
  },
  {
    input: '“996”不够用？开始卷起了“002”',
    expected: '「996」不夠用？開始卷起了「002」',
    note: '卷起 (pinned): slang 卷 as in 内卷; OpenCC gives 捲起',
  },
  { input: '破“卷”寻新机', expected: '破「卷」尋新機', note: 'slang 卷 on its own stays 卷' },
  { input: '盲目卷入竞争', expected: '盲目捲入競爭', note: '卷入 → 捲入 (OpenCC kept)' },
  { input: 'AI浪潮以前所未有的速度席卷全球', expected: 'AI浪潮以前所未有的速度席捲全球', note: '席卷 → 席捲' },
  {
    input: '当然，这并不意味着我们要无视其带来的巨大冲击。',
    expected: '當然，這並不意味着我們要無視其帶來的巨大衝擊。',
    note: '冲击: OpenCC gives 巨大沖擊; 意味着 keeps 着',
  },
  { input: '社会对冲机制的责任', expected: '社會對沖機制的責任', note: '对冲 (hedging) → 對沖' },
  {
    input: '自ChatGPT发布以来',
    expected: '自ChatGPT發布以來',
    note: '发布 → 發布 (Hong Kong government usage, as zh-Hant; OpenCC: 發佈)',
  },
  { input: '抢在AI前发布产品', expected: '搶在AI前發布產品', note: '发布' },
  {
    input: '自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。',
    expected: '自媒體平台「網易號」用户上傳並發布，本平台僅提供信息存儲服務。',
    note: "发布 cuts OpenCC's phrase 并发 (併發); 平台, 用户: Hong Kong forms 台, 户",
  },
  { input: '感受和体验，并发布了一篇帖子', expected: '感受和體驗，並發布了一篇帖子', note: '发布 cuts 并发' },
  { input: '宣布离职', expected: '宣佈離職', note: '宣布 → 宣佈 (OpenCC kept)' },
  {
    input: '如果这是真的，那只说明一件事',
    expected: '如果這是真的，那只説明一件事',
    note: "只说明: OpenCC's phrase 那只 gives 那隻説明",
  },
  { input: '我们正在亲手制造一只比我们更强大的', expected: '我們正在親手製造一隻比我們更強大的', note: '一只 → 一隻' },
  { input: '虽然生成的视频只有8秒', expected: '雖然生成的視頻只有8秒', note: '只有 stays 只有' },
  {
    input: '同一周，OpenAI解散了其“使命对齐”团队。',
    expected: '同一週，OpenAI解散了其「使命對齊」團隊。',
    note: '同一周 (the same week): OpenCC keeps 一周',
  },
  { input: '周末赶工赶项目', expected: '週末趕工趕項目', note: '周末 → 週末' },
  {
    input: '从“高杠杆”工作模式到“超级个体”的崛起',
    expected: '從「高槓桿」工作模式到「超級個體」的崛起',
    note: '杠杆: OpenCC gives 高槓杆',
  },
  {
    input: '我们的工作模式将从“追求确定性”转向“拥抱高杠杆”',
    expected: '我們的工作模式將從「追求確定性」轉向「擁抱高槓桿」',
    note: '杠杆',
  },
  {
    input: '又该如何安放那同样注定的“无用之人”？',
    expected: '又該如何安放那同樣注定的「無用之人」？',
    note: '注定 (pinned): OpenCC gives 同樣註定 but 這注定 in the same sentence',
  },
  {
    input: '我们到底该如何分配这注定的繁荣',
    expected: '我們到底該如何分配這注定的繁榮',
    note: '注定 without an override',
  },
  {
    input: '这句话点明了AI时代工作模式转变的核心',
    expected: '這句話點明了AI時代工作模式轉變的核心',
    note: "点明了: OpenCC's phrase 明了 gives 點明瞭",
  },
  {
    input: '实现机器人协作，并成为完全的个人助理',
    expected: '實現機器人協作，並成為完全的個人助理',
    note: "并成为: OpenCC's phrase 并成 gives 併成為",
  },
  {
    input: '他们背负着一种新的、更终极的责任',
    expected: '他們背負着一種新的、更終極的責任',
    note: '背负 → 背負 (OpenCC: 揹負)',
  },
  { input: '她在文章里写道', expected: '她在文章裏寫道', note: '里 → 裏 (Hong Kong form; zh-Hant: 裡)' },
  {
    input: '这意味着还有三个数量级的提升',
    expected: '這意味着還有三個數量級的提升',
    note: 'particle 着 stays 着 (zh-Hant: 著)',
  },
  { input: '一位著名的AI研究人员告诉她', expected: '一位著名的AI研究人員告訴她', note: '著名 stays 著名' },
  { input: 'AI可以显著提升我们的底线', expected: 'AI可以顯著提升我們的底線', note: '显著 → 顯著; 线 → 線, not 綫' },
  { input: '我最近一次线下直播', expected: '我最近一次線下直播', note: '线 → 線' },
  { input: '总的来说', expected: '總的來説', note: '说 → 説 (Hong Kong form; zh-Hant: 說)' },
  { input: '员工只有摆脱KPI压力', expected: '員工只有擺脱KPI壓力', note: '脱 → 脱 (zh-Hant: 脫)' },
  { input: '这个时代最尖锐的问题', expected: '這個時代最尖鋭的問題', note: '锐 → 鋭 (zh-Hant: 銳)' },
  { input: '我的阅读、感悟以及', expected: '我的閲讀、感悟以及', note: '阅 → 閲 (zh-Hant: 閱)' },
  { input: '后来我去了台北和泰国', expected: '後來我去了台北和泰國', note: '台 stays 台 (zh-Hant: 臺北)' },
  { input: '建立有温度的社群', expected: '建立有温度的社羣', note: '温 → 温, 群 → 羣 (zh-Hant: 溫, 群)' },
  { input: '用户使用AI的行为', expected: '用户使用AI的行為', note: '户 → 户 (zh-Hant: 戶); 为 → 為, not 爲' },
  { input: '教育启新程', expected: '教育啓新程', note: '启 → 啓 (zh-Hant: 啟)' },
  { input: '宏大叙事', expected: '宏大敍事', note: '叙 → 敍 (zh-Hant: 敘)' },
  { input: 'LP峰会', expected: 'LP峯會', note: '峰 → 峯 (zh-Hant: 峰)' },
  { input: '直接挂钩', expected: '直接掛鈎', note: '钩 → 鈎 (zh-Hant: 鉤)' },
  { input: '来给猛兽套上缰绳的', expected: '來給猛獸套上繮繩的', note: '缰 → 繮 (zh-Hant: 韁)' },
  {
    input: '政府这个“反内卷”的“顶梁柱”',
    expected: '政府這個「反內卷」的「頂樑柱」',
    note: '顶梁柱 → 頂樑柱 (zh-Hant: 頂梁柱)',
  },
  {
    input: '明确限定雇主使用算法的边界',
    expected: '明確限定僱主使用算法的邊界',
    note: '雇主 → 僱主 (Hong Kong law: 《僱傭條例》; zh-Hant pins 雇主)',
  },
  { input: '而被解雇', expected: '而被解僱', note: '解雇 → 解僱' },
  {
    input: '程序员可以借助自动补全工具加速开发',
    expected: '程序員可以藉助自動補全工具加速開發',
    note: '借助 → 藉助 (OpenCC kept; zh-Hant pins 借助 after its source)',
  },
  { input: '帮助失业者尽快掌握新技能', expected: '幫助失業者儘快掌握新技能', note: '尽快 → 儘快' },
];
