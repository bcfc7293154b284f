import type { SourceScript } from '@/lib/script/source-scripts';

/** One conversion case: a source phrase and what each variant must show. */
export interface ConversionCase {
  /** Source text, in the script of `script` (as written in the essay, punctuation included). */
  readonly input: string;
  readonly script: SourceScript;
  /** `zh-hans`: canonicalText(input); `zh-hant`: variantText of that. */
  readonly expected: Readonly<Record<'zh-hans' | 'zh-hant', string>>;
  /** Why the case is here: the dictionary entry it covers, or the OpenCC behaviour it pins. */
  readonly note?: string;
}

/**
 * Real phrases from the essays (two marked otherwise), checked by tests/unit/conversion.test.ts. Every
 * entry of content/dictionary/*.tsv needs a case here; the reasons are in docs/conversion-audit.md.
 */
export const conversionCases: readonly ConversionCase[] = [
  {
    input: '程序員可以借助自動補全工具加速開發',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '程序员可以借助自动补全工具加速开发', 'zh-hant': '程序員可以借助自動補全工具加速開發' },
    note: '借助 (pinned: the Taiwan source writes 借助; OpenCC: 藉助)',
  },
  {
    input: '這是AI時代職場“內卷”的深層機制',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '这是AI时代职场“内卷”的深层机制', 'zh-hant': '這是AI時代職場「內卷」的深層機制' },
    note: '内卷 (pinned: 內卷, as the Taiwan source writes it; OpenCC: 內捲)',
  },
  {
    input: '成為“反內卷”的中堅力量',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '成为“反内卷”的中坚力量', 'zh-hant': '成為「反內卷」的中堅力量' },
    note: '内卷 inside 反内卷',
  },
  {
    input: '為緩解職場“內卷”提供制度保障',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '为缓解职场“内卷”提供制度保障', 'zh-hant': '為緩解職場「內卷」提供制度保障' },
    note: "制度 (pinned): OpenCC's phrase 供制 gives 提供製度",
  },
  {
    input: '当然,这并不意味着我们要无视其带来的巨大冲击。',
    script: 'zh-Hans',
    expected: {
      'zh-hans': '当然，这并不意味着我们要无视其带来的巨大冲击。',
      'zh-hant': '當然，這並不意味著我們要無視其帶來的巨大衝擊。',
    },
    note: '冲击: OpenCC gives 巨大沖擊',
  },
  {
    input: '分析了AI对劳动力市场的结构性冲击',
    script: 'zh-Hans',
    expected: { 'zh-hans': '分析了AI对劳动力市场的结构性冲击', 'zh-hant': '分析了AI對勞動力市場的結構性衝擊' },
    note: '冲击',
  },
  {
    input: '自ChatGPT发布以来',
    script: 'zh-Hans',
    expected: { 'zh-hans': '自ChatGPT发布以来', 'zh-hant': '自ChatGPT發布以來' },
    note: '发布 (pinned: 發布, as the Taiwan source and Taiwan legal usage write it; OpenCC: 發佈)',
  },
  {
    input: '搶在AI前發布產品',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '抢在AI前发布产品', 'zh-hant': '搶在AI前發布產品' },
    note: '发布 round trip',
  },
  {
    input: '如果這是真的,那只說明一件事',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '如果这是真的，那只说明一件事', 'zh-hant': '如果這是真的，那只說明一件事' },
    note: "只说明: OpenCC's phrase 那只 gives 那隻說明",
  },
  {
    input: '同一周,OpenAI解散了其"使命对齐"团队。',
    script: 'zh-Hans',
    expected: {
      'zh-hans': '同一周，OpenAI解散了其“使命对齐”团队。',
      'zh-hant': '同一週，OpenAI解散了其「使命對齊」團隊。',
    },
    note: '同一周 (the same week): OpenCC keeps 一周',
  },
  {
    input: '自媒體平臺“網易號”用戶上傳并發布,本平臺僅提供信息存儲服務。',
    script: 'zh-Hant-TW',
    expected: {
      'zh-hans': '自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。',
      'zh-hant': '自媒體平臺「網易號」用戶上傳並發布，本平臺僅提供信息存儲服務。',
    },
    note: "发布 (cuts OpenCC's phrase 并发 → 併發): leftover 并 in the source",
  },
  {
    input: '“996”不够用?开始卷起了“002”',
    script: 'zh-Hans',
    expected: { 'zh-hans': '“996”不够用？开始卷起了“002”', 'zh-hant': '「996」不夠用？開始卷起了「002」' },
    note: '卷起 (pinned): slang 卷 as in 内卷; OpenCC gives 捲起',
  },
  {
    input: '从“高杠杆”工作模式到“超级个体”的崛起',
    script: 'zh-Hans',
    expected: {
      'zh-hans': '从“高杠杆”工作模式到“超级个体”的崛起',
      'zh-hant': '從「高槓桿」工作模式到「超級個體」的崛起',
    },
    note: '杠杆: OpenCC gives 高槓杆',
  },
  {
    input: '我们的工作模式将从“追求确定性”转向“拥抱高杠杆”',
    script: 'zh-Hans',
    expected: {
      'zh-hans': '我们的工作模式将从“追求确定性”转向“拥抱高杠杆”',
      'zh-hant': '我們的工作模式將從「追求確定性」轉向「擁抱高槓桿」',
    },
    note: '杠杆',
  },
  {
    input: '又该如何安放那同样注定的“无用之人”?',
    script: 'zh-Hans',
    expected: {
      'zh-hans': '又该如何安放那同样注定的“无用之人”？',
      'zh-hant': '又該如何安放那同樣注定的「無用之人」？',
    },
    note: '注定 (pinned): OpenCC gives 同樣註定 but 這注定 in the same sentence',
  },
  {
    input: '我们到底该如何分配这注定的繁荣',
    script: 'zh-Hans',
    expected: { 'zh-hans': '我们到底该如何分配这注定的繁荣', 'zh-hant': '我們到底該如何分配這注定的繁榮' },
    note: '注定 without an override',
  },
  {
    input: '这句话点明了AI时代工作模式转变的核心',
    script: 'zh-Hans',
    expected: { 'zh-hans': '这句话点明了AI时代工作模式转变的核心', 'zh-hant': '這句話點明了AI時代工作模式轉變的核心' },
    note: "点明了: OpenCC's phrase 明了 gives 點明瞭",
  },
  {
    input: '明確限定雇主使用算法的邊界',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '明确限定雇主使用算法的边界', 'zh-hant': '明確限定雇主使用算法的邊界' },
    note: '雇主 (pinned: nouns keep 雇 in Taiwan legal usage and in the source; OpenCC: 僱主)',
  },
  {
    input: '也能向雇主展現出你的適應力和學習能力',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '也能向雇主展现出你的适应力和学习能力', 'zh-hant': '也能向雇主展現出你的適應力和學習能力' },
    note: '雇主 (pinned, as above)',
  },
  {
    input: '实现机器人协作，并成为完全的个人助理',
    script: 'zh-Hans',
    expected: { 'zh-hans': '实现机器人协作，并成为完全的个人助理', 'zh-hant': '實現機器人協作，並成為完全的個人助理' },
    note: "并成为: OpenCC's phrase 并成 gives 併成為",
  },
  {
    input: '他们背负着一种新的、更终极的责任',
    script: 'zh-Hans',
    expected: { 'zh-hans': '他们背负着一种新的、更终极的责任', 'zh-hant': '他們背負著一種新的、更終極的責任' },
    note: '背负 (pinned: 背負, the Ministry of Education dictionary form; OpenCC: 揹負)',
  },
  {
    input: '作为一个曾经靠自由撰稿',
    script: 'zh-Hans',
    expected: { 'zh-hans': '作为一个曾经靠自由撰稿', 'zh-hant': '作為一個曾經靠自由撰稿' },
    note: '为 → 為, not 爲',
  },
  {
    input: '她在文章里写道',
    script: 'zh-Hans',
    expected: { 'zh-hans': '她在文章里写道', 'zh-hant': '她在文章裡寫道' },
    note: '里 → 裡, not 裏',
  },
  {
    input: '这意味着还有三个数量级的提升',
    script: 'zh-Hans',
    expected: { 'zh-hans': '这意味着还有三个数量级的提升', 'zh-hant': '這意味著還有三個數量級的提升' },
    note: '着 → 著',
  },
  {
    input: '技术发展速度',
    script: 'zh-Hans',
    expected: { 'zh-hans': '技术发展速度', 'zh-hant': '技術發展速度' },
    note: '发展 → 發展',
  },
  {
    input: '头发',
    script: 'zh-Hans',
    expected: { 'zh-hans': '头发', 'zh-hant': '頭髮' },
    note: '头发 → 頭髮 (not in the essays)',
  },
  {
    input: '虽然生成的视频只有8秒',
    script: 'zh-Hans',
    expected: { 'zh-hans': '虽然生成的视频只有8秒', 'zh-hant': '雖然生成的視頻只有8秒' },
    note: '只有 stays 只有',
  },
  {
    input: '我们正在亲手制造一只比我们更强大的',
    script: 'zh-Hans',
    expected: { 'zh-hans': '我们正在亲手制造一只比我们更强大的', 'zh-hant': '我們正在親手製造一隻比我們更強大的' },
    note: '一只 → 一隻',
  },
  {
    input: '后来我去了台北和泰国',
    script: 'zh-Hans',
    expected: { 'zh-hans': '后来我去了台北和泰国', 'zh-hant': '後來我去了臺北和泰國' },
    note: '后来 → 後來; 台北 → 臺北',
  },
  {
    input: '要么只給出提示,要么干脆拒絕執行請求',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '要么只给出提示，要么干脆拒绝执行请求', 'zh-hant': '要麼只給出提示，要麼乾脆拒絕執行請求' },
    note: 'leftover 么 and 干 in the Taiwan source: 要麼, 乾脆',
  },
  {
    input: '一位著名的AI研究人員告訴她',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '一位著名的AI研究人员告诉她', 'zh-hant': '一位著名的AI研究人員告訴她' },
    note: '著名 stays 著名 after tw→cn (a Traditional rendering of a phrase in ai-resignation-letters)',
  },
  {
    input: '隨著AI智能體(AI Agent)技術不斷演化',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '随着AI智能体（AI Agent）技术不断演化', 'zh-hant': '隨著AI智能體（AI Agent）技術不斷演化' },
    note: '著 → 着 after tw→cn',
  },
  {
    input: '這種“內卷”并不限于基層崗位',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '这种“内卷”并不限于基层岗位', 'zh-hant': '這種「內卷」並不限於基層崗位' },
    note: 'leftover 并 and 于: 並, 於',
  },
  {
    input: '及時提供干預',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '及时提供干预', 'zh-hant': '及時提供干預' },
    note: '干预 → 干預 (not 幹 or 乾)',
  },
  {
    input: '仍難以完全復制包括創造力、復雜決策',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '仍难以完全复制包括创造力、复杂决策', 'zh-hant': '仍難以完全複製包括創造力、複雜決策' },
    note: "the source's 復 (bad conversion) → 複製, 複雜",
  },
  {
    input: '盲目卷入競爭',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '盲目卷入竞争', 'zh-hant': '盲目捲入競爭' },
    note: "卷入 → 捲入 (the source's 卷 is the mainland form; OpenCC kept)",
  },
  {
    input: 'AI浪潮以前所未有的速度席卷全球',
    script: 'zh-Hans',
    expected: { 'zh-hans': 'AI浪潮以前所未有的速度席卷全球', 'zh-hant': 'AI浪潮以前所未有的速度席捲全球' },
    note: '席卷 → 席捲',
  },
  {
    input: '個人謀轉型,破“卷”尋新機',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '个人谋转型，破“卷”寻新机', 'zh-hant': '個人謀轉型，破「卷」尋新機' },
    note: 'slang 卷 on its own stays 卷',
  },
  {
    input: '幫助失業者盡快掌握新技能',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '帮助失业者尽快掌握新技能', 'zh-hant': '幫助失業者儘快掌握新技能' },
    note: "尽快 → 儘快 (Taiwan legal usage: adverbial 儘; the source's 盡 is not kept)",
  },
  {
    input: '員工業余時間自學AI工具',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '员工业余时间自学AI工具', 'zh-hant': '員工業餘時間自學AI工具' },
    note: 'leftover 余: 業餘',
  },
  {
    input: '那些我当初为了解答而加入公司时所关注的',
    script: 'zh-Hans',
    expected: {
      'zh-hans': '那些我当初为了解答而加入公司时所关注的',
      'zh-hant': '那些我當初為了解答而加入公司時所關注的',
    },
    note: '为了 解答: 了 stays 了',
  },
  {
    input: '誰就能在未來的競爭中占據優勢',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '谁就能在未来的竞争中占据优势', 'zh-hant': '誰就能在未來的競爭中佔據優勢' },
    note: '占据 → 佔據',
  },
  {
    input: '社会对冲机制的责任',
    script: 'zh-Hans',
    expected: { 'zh-hans': '社会对冲机制的责任', 'zh-hant': '社會對沖機制的責任' },
    note: '对冲 (hedging) → 對沖',
  },
  {
    input: '工程師抱怨:周末趕工趕項目',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '工程师抱怨：周末赶工赶项目', 'zh-hant': '工程師抱怨：週末趕工趕項目' },
    note: '周末 → 週末',
  },
  {
    input: 'AI并未帶來更多閑暇',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': 'AI并未带来更多闲暇', 'zh-hant': 'AI並未帶來更多閒暇' },
    note: '闲暇 → 閒暇',
  },
  {
    input: '這一趨勢發展下去,后果將極為嚴峻',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '这一趋势发展下去，后果将极为严峻', 'zh-hant': '這一趨勢發展下去，後果將極為嚴峻' },
    note: 'leftover 后: 後果',
  },
  {
    input: '你出生的那个世界已不复存在',
    script: 'zh-Hans',
    expected: { 'zh-hans': '你出生的那个世界已不复存在', 'zh-hant': '你出生的那個世界已不復存在' },
    note: '不复 → 不復',
  },
  {
    input: '反复迭代直到满意',
    script: 'zh-Hans',
    expected: { 'zh-hans': '反复迭代直到满意', 'zh-hant': '反覆迭代直到滿意' },
    note: '反复 → 反覆',
  },
  {
    input: '根据提示词想象并生成',
    script: 'zh-Hans',
    expected: { 'zh-hans': '根据提示词想象并生成', 'zh-hant': '根據提示詞想像並生成' },
    note: '想象 → 想像',
  },
  {
    input: '應根據AI時代的特征',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '应根据AI时代的特征', 'zh-hant': '應根據AI時代的特徵' },
    note: '特征 → 特徵',
  },
  {
    input: '而被解雇',
    script: 'zh-Hans',
    expected: { 'zh-hans': '而被解雇', 'zh-hant': '而被解僱' },
    note: '解雇 (verb) → 解僱',
  },
  {
    input: '值得借鑒',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '值得借鉴', 'zh-hant': '值得借鑑' },
    note: '借鉴 → 借鑑',
  },
  {
    input: '主流輿論一味贊美加班文化',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '主流舆论一味赞美加班文化', 'zh-hant': '主流輿論一味讚美加班文化' },
    note: '赞美 → 讚美',
  },
  {
    input: '人際關系等',
    script: 'zh-Hant-TW',
    expected: { 'zh-hans': '人际关系等', 'zh-hant': '人際關係等' },
    note: "the source's 關系 → 關係",
  },
];
