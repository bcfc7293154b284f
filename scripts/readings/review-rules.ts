/**
 * The review of the readings (issue 32), as it was done: the reviewer's reading of each polyphonic character
 * in context, written as word rules (为了 wèi, 成为 wéi, 以…为… wéi …), applied to every occurrence in every
 * edition and written to content/readings/reviewed.yaml, one occurrence a line, `override: true` where the
 * generator reads otherwise. It prints each override with its context: that list is what a reviewer reads.
 * After an edit to the essays, `npx tsx scripts/readings/review-rules.ts` proposes the readings of the new
 * occurrences; read its list (and the new lines of the yaml), correct a rule or a line, and commit.
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { getArticles } from '@/lib/model';
import { blockOccurrences, essayBlocks } from '@/lib/readings/essay';
import { isHan } from '@/lib/readings/kinds';

export const polyphones = '行长長重了着著得为為便率好弹彈还還都觉覺传傳地的只发發数數应應';
const has = (set: string, c: string | undefined) => c !== undefined && c !== '' && set.includes(c);
const punct = /[，。、；：？！“”「」『』（）()—…《》\s,.;:?!]/;

function mandarin(ch: string, before: string[], after: string[]): string {
  const p = before.at(-1),
    p2 = before.at(-2),
    n = after[0],
    n2 = after[1];
  switch (ch) {
    case '了':
      if (n === '解' && !has('为為', p)) return 'liǎo';
      if (p === '不' || (n === '不' && n2 === '起')) return 'liǎo';
      return 'le';
    case '的':
      if (has('目标標', p)) return 'dì';
      if (has('确確', n)) return 'dí';
      return 'de';
    case '地':
      if (has('位球方区區图圖铁鐵产產震址', n) || has('境场場落土高一基本当當各余餘天田草陆陸盘盤之', p)) return 'dì';
      return 'de';
    case '得':
      if (has('获獲赢贏取值不', p) || has('到以', n)) return 'dé';
      return 'de';
    case '只':
      return p === '一' ? 'zhī' : 'zhǐ';
    case '应':
    case '應': {
      const context = before.slice(-3).join('') + ch + after.slice(0, 6).join('');
      if (context.includes('们应对新技术') || context.includes('們應對新技術')) return 'yīng';
      if (has('用对對试試变變', n) || has('呼回效适適响響反供感相顺順', p)) return 'yìng';
      return 'yīng';
    }
    case '为':
    case '為': {
      if (has('了什此何', n)) return 'wèi';
      if (p === '因') return 'wèi';
      if (has('成作称稱认認名改最解之视視斥实實升颇頗变變沦淪结結广廣分纳納尤极極更行约約较較', p)) return 'wéi';
      if (p === '以' && !has('可所', p2)) return 'wéi';
      if (p === '地' && p2 === '落') return 'wéi';
      // 以 … 为 … (以人为中心, 以伦理为底线) within the clause.
      const clause: string[] = [];
      for (let i = before.length - 1; i >= 0 && !punct.test(before[i]!); i--) clause.unshift(before[i]!);
      const text = clause.join('');
      const at = text.lastIndexOf('以');
      if (
        at >= 0 &&
        !/(可以|所以|以及|以来|以來|以上|以下|以后|以後|以前|难以|難以|得以|用以|加以|予以|足以)/.test(
          text.slice(Math.max(0, at - 1), at + 2),
        )
      )
        return 'wéi';
      return 'wèi';
    }
    case '行':
      if (has('业業列', n) || has('各银銀同本', p) || n === '代') return 'háng';
      return 'xíng';
    case '重':
      if (has('新复複演组組塑构構读讀估申叠疊', n) || has('双雙', p)) return 'chóng';
      return 'zhòng';
    case '长':
    case '長':
      if (has('达達', n)) return 'cháng';
      if (has('增成生助', p) || has('大', n) || has('部校市首院家董事', p)) return 'zhǎng';
      return 'cháng';
    case '着':
    case '著':
      if (has('名作称稱', n) || has('所显顯卓昭', p)) return 'zhù';
      if (has('急迷火凉涼', n) || p === '睡') return 'zháo';
      if (has('手眼力陆陸', n) && !has('拿握抱带帶牵牽看', p)) return 'zhuó';
      return 'zhe';
    case '还':
    case '還':
      return has('给給款债債原', n) ? 'huán' : 'hái';
    case '都':
      return has('京首成古', p) || has('市城', n) ? 'dū' : 'dōu';
    case '率':
      return has('先领領直真', n) || has('坦草轻輕表', p) ? 'shuài' : 'lǜ';
    case '发':
    case '發':
      return has('头頭理', p) || has('型廊', n) ? 'fà' : 'fā';
    case '好':
      return has('奇学學客战戰', n) || has('爱愛喜嗜偏', p) ? 'hào' : 'hǎo';
    case '便':
      return n === '宜' ? 'pián' : 'biàn';
    case '弹':
    case '彈':
      return has('子导導炸核', p) ? 'dàn' : 'tán';
    case '传':
    case '傳':
      return has('记記', n) || has('自列经經', p) ? 'zhuàn' : 'chuán';
    case '觉':
    case '覺':
      return has('睡午', p) ? 'jiào' : 'jué';
    case '数':
    case '數':
      return has('不落', n) || p === '屈' ? 'shǔ' : 'shù';
  }
  throw new Error(ch);
}

const cantoneseOf: Record<string, Record<string, string>> = {
  了: { le: 'liu5', liǎo: 'liu5' },
  的: { de: 'dik1', dì: 'dik1', dí: 'dik1' },
  地: { de: 'dei6', dì: 'dei6' },
  得: { de: 'dak1', dé: 'dak1' },
  只: { zhǐ: 'zi2', zhī: 'zek3' },
  應: { yīng: 'jing1', yìng: 'jing3' },
  為: { wéi: 'wai4', wèi: 'wai6' },
  行: { háng: 'hong4', xíng: 'hang4' },
  長: { cháng: 'coeng4', zhǎng: 'zoeng2' },
  着: { zhe: 'zoek6', zháo: 'zoek6', zhuó: 'zoek3', zhù: 'zyu3' },
  著: { zhe: 'zoek6', zháo: 'zoek6', zhuó: 'zoek3', zhù: 'zyu3' },
  還: { hái: 'waan4', huán: 'waan4' },
  都: { dōu: 'dou1', dū: 'dou1' },
  率: { lǜ: 'leot2', shuài: 'seot1' },
  發: { fā: 'faat3', fà: 'faat3' },
  好: { hǎo: 'hou2', hào: 'hou3' },
  便: { biàn: 'bin6', pián: 'pin4' },
  彈: { tán: 'daan6', dàn: 'daan2' },
  傳: { chuán: 'cyun4', zhuàn: 'zyun6' },
  覺: { jué: 'gok3', jiào: 'gaau3' },
  數: { shù: 'sou3', shǔ: 'sou2' },
};
function cantonese(ch: string, m: string, before: string[], after: string[]): string {
  if (ch === '重') {
    if (m === 'chóng') return 'cung4';
    // 繁重 is faan4 zung6 (the teacher of Cantonese's check): cung5 is the colloquial adjective "heavy".
    return has('沉', before.at(-1)) || has('金量担擔', after[0]) ? 'cung5' : 'zung6';
  }
  const r = cantoneseOf[ch]?.[m];
  if (!r) throw new Error(`${ch} ${m}`);
  return r;
}

const entries: Record<string, unknown>[] = [];
const stats = { occurrences: 0, right: 0, overridden: 0 };
for (const edition of ['zh-hans', 'zh-hant', 'zh-hk'] as const)
  for (const article of getArticles(edition))
    for (const block of essayBlocks(article)) {
      const chars = [...block.text];
      const occurrences = blockOccurrences(edition, article.slug, block);
      let n = -1;
      chars.forEach((ch, at) => {
        if (!isHan(ch)) return;
        n += 1;
        if (!polyphones.includes(ch)) return;
        const o = occurrences[n]!;
        const before = chars.slice(0, at),
          after = chars.slice(at + 1);
        const m = mandarin(ch, before, after);
        const c = edition === 'zh-hk' ? cantonese(ch, m, before, after) : undefined;
        const override = m !== o.mandarin || (c !== undefined && c !== o.cantonese);
        stats.occurrences += 1;
        if (override) {
          stats.overridden += 1;
          console.log(
            `${o.key}\t${ch}\t${o.context}\tgen ${o.mandarin}${c ? ' ' + o.cantonese : ''} → ${m}${c ? ' ' + c : ''}`,
          );
        } else stats.right += 1;
        entries.push({
          at: o.key,
          char: ch,
          context: o.context,
          mandarin: m,
          ...(c ? { cantonese: c } : {}),
          ...(override ? { override: true } : {}),
        });
      });
    }
console.error(stats);
writeFileSync(
  'content/readings/reviewed.yaml',
  `# The reviewed readings of every occurrence of a polyphonic character in the essays, per edition (issue 32;\n# docs/decisions.md, "Readings"). \`at\`: edition/essay/block/index of the character among the block's Han\n# characters (lib/readings/essay.ts). \`mandarin\` (and on 香港 pages \`cantonese\`): the reading in context.\n# \`override: true\`: the generator reads it otherwise, and the page shows this reading instead.\n` +
    `polyphones: ${polyphones}\noccurrences:\n` +
    entries.map((entry) => `  - ${stringify(entry, { lineWidth: 0, collectionStyle: 'flow' }).trim()}\n`).join(''),
);
