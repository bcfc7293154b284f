import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { ContentError } from '@/lib/content/errors';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import { getAbout, getArticles, getGuide, getSite, getThemes } from '@/lib/model';
import { readSitePage } from '@/lib/pages/load';
import { findTerms, loadEssayReview } from '@/lib/regional/essay-review';
import { regionalQueryPhrases } from '@/lib/regional/query';
import { encodeVoice, foreignWords, renderVoice, siteText } from '@/lib/regional/site-voice';
import { loadRegionalTable, regionOf, type Region } from '@/lib/regional/terms';
import { articleVoiceFields, themeVoiceFields } from '@/lib/regional/site-fields';
import { withoutMarks } from '@/lib/regional/marks-text';
import { loadCorpus } from '@/lib/corpus';
import { wrapRegionalWords } from '@/lib/regional/wrap';
import { canonicalVariant, getVariant, type VariantId } from '@/lib/site/variants';

const table = loadRegionalTable();
const hans = getVariant('zh-hans');
const hant = getVariant('zh-hant');
const hk = getVariant('zh-hk');
const regional: readonly { id: VariantId; region: Region }[] = [
  { id: 'zh-hant', region: 'tw' },
  { id: 'zh-hk', region: 'hk' },
];

describe("the site's own voice", () => {
  test('always-terms are written in each edition’s own word; the rest only in its characters', () => {
    expect(siteText('硅谷的人工智能软件', 'zh-Hans', hant)).toBe('矽谷的人工智慧軟體');
    expect(siteText('硅谷的人工智能软件', 'zh-Hans', hk)).toBe('矽谷的人工智能軟件');
    expect(siteText('硅谷的人工智能软件', 'zh-Hans', hans)).toBe('硅谷的人工智能软件');
  });

  test('marks: a quotation keeps its words, raw text stays as written, a choice is per edition', () => {
    expect(siteText('作者写“-{硅谷}-”', 'zh-Hans', hant)).toBe('作者寫「硅谷」');
    expect(siteText('台湾标准字形（-{raw|为→為}-）', 'zh-Hans', hant)).toBe('臺灣標準字形（为→為）');
    const choice = '哪些-{zh-hans:岗位;zh-hant:職位;zh-hk:職位}-会消失';
    expect(siteText(choice, 'zh-Hans', hans)).toBe('哪些岗位会消失');
    expect(siteText(choice, 'zh-Hans', hant)).toBe('哪些職位會消失');
    expect(siteText(choice, 'zh-Hans', hk)).toBe('哪些職位會消失');
    // An edition left out of a choice gets the Simplified, characters converted.
    expect(siteText('-{zh-hans:数据;zh-hant:資料}-', 'zh-Hans', hk)).toBe('數據');
  });

  test('a word foreign to the edition is reported; marked places and the edition’s own words are not', () => {
    const found = (text: string, variant = hant) => {
      const problems: string[] = [];
      siteText(text, 'zh-Hans', variant, (p) => problems.push(p.reason));
      return problems;
    };
    expect(found('用户数据')).toHaveLength(2);
    expect(found('用户数据', hk)).toHaveLength(0); // Hong Kong says 用戶 and 數據
    expect(found('-{用户数据}-')).toEqual([]);
    expect(found('-{zh-hans:数据;zh-hant:資料;zh-hk:數據}-')).toEqual([]);
    // 演算法 contains 算法, 運算力 contains 算力: the edition's own words are not reported.
    expect(foreignWords('演算法與運算力', 'tw', table)).toEqual([]);
  });

  test('the Simplified text a source stands for, without its marks (length limits read it)', () => {
    expect(withoutMarks('甲-{zh-hans:岗位;zh-hant:職位;zh-hk:職位}-乙-{raw|为→為}-丙-{硅谷}-')).toBe(
      '甲岗位乙为→為丙硅谷',
    );
  });

  test('malformed marks are problems, never silently dropped text', () => {
    expect(encodeVoice('-{zh-hant:臺灣}-').problems[0]?.reason).toMatch(/needs zh-hans/);
    expect(encodeVoice('未闭合 -{硅谷').problems[0]?.reason).toMatch(/unmatched/);
    expect(encodeVoice('-{}-').problems[0]?.reason).toMatch(/empty/);
  });

  test('a site page with a foreign word fails the check at its line; marked, it passes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'voice-'));
    mkdirSync(path.join(dir, 'pages'));
    const write = (body: string) => {
      writeFileSync(path.join(dir, 'pages', 'x.md'), `---\ntitle: 关于\n---\n\n第一段。\n\n${body}\n`);
      writeFileSync(path.join(dir, 'pages', 'x.en.md'), '---\ntitle: About\n---\n\nText.\n');
    };
    const problems = () => {
      try {
        readSitePage('x', z.strictObject({ title: z.string() }), dir);
        return [];
      } catch (error) {
        if (error instanceof ContentError) return [...error.problems];
        throw error;
      }
    };
    write('这些数据来自用户。');
    const found = problems();
    expect(found.some((p) => /x\.md:7:\d+: "數據" is not Taiwan usage/.test(p))).toBe(true);
    expect(found.some((p) => /x\.md:7:\d+: "用戶" is not Taiwan usage/.test(p))).toBe(true);
    expect(found.some((p) => /Hong Kong/.test(p))).toBe(false);
    write('这些-{zh-hans:数据;zh-hant:資料;zh-hk:數據}-来自-{zh-hans:用户;zh-hant:使用者;zh-hk:用戶}-。');
    expect(problems()).toEqual([]);
  });
});

/** Every string a catalogue can show, its functions called with sample values. */
function catalogueStrings(messages: Messages): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(String((value as (...a: unknown[]) => unknown)(3, 2, ['主题'])));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(messages);
  return out;
}

describe.each(regional)('every page’s own text in $id', ({ id, region }) => {
  const variant = getVariant(id);
  // Titles in 《》 are quoted as published (the author's words), as the check treats them.
  const foreign = (texts: readonly string[]) =>
    texts.flatMap((text) =>
      foreignWords(text.replace(/《[^《》]*》/g, '《》'), region, table).map(
        (w) => `${w.form} in “${text.slice(0, 40)}”`,
      ),
    );

  test('the interface catalogue uses no word foreign to the edition', () => {
    expect(foreign(catalogueStrings(getMessages(id)))).toEqual([]);
  });

  test('导读, About, summaries, editor’s notes, theme names and descriptions use no foreign word', () => {
    // The check in `npm run check:content` knows where the marks are and fails at file:line; this reads the
    // rendered pages, where a mark's words are already in place.
    expect(foreign([toString(getGuide(id).body)])).toEqual([]);
    // Summaries, short labels, editor's notes, theme names and descriptions, rendered for the edition from
    // their sources, where a quotation mark (-{…}-, 《…》) may keep an author's word on purpose.
    const corpus = loadCorpus();
    const name = region === 'tw' ? 'Taiwan' : 'Hong Kong';
    const problems: string[] = [];
    for (const { source } of corpus.articles)
      for (const field of articleVoiceFields(source))
        siteText(field.text, source.frontmatter.script, variant, (p) => problems.push(`${source.path}: ${p.reason}`));
    for (const field of themeVoiceFields(corpus.registry))
      siteText(field.text, 'zh-Hans', variant, (p) => problems.push(`themes: ${p.reason}`));
    expect(problems.filter((p) => p.includes(`not ${name} usage`))).toEqual([]);
    // As the pages show them, only a quoted term differs: 加速計算, the title of INDIGO's talk.
    const shown = foreign([
      ...getArticles(id).flatMap((a) => [
        a.summary,
        a.short,
        a.editorSummary,
        ...a.editorialChanges.map((c) => c.note),
      ]),
      ...getThemes(id).flatMap((t) => [t.name, t.description]),
    ]);
    expect(shown.filter((w) => !w.startsWith('加速計算 in'))).toEqual([]);
    // The About page names the other editions' words on purpose, as raw examples: only those.
    const examples = region === 'tw' ? ['軟件', '硅谷', '人工智能'] : ['硅谷', '機器人'];
    const about = foreign([toString(getAbout(id).body)]);
    expect(about.filter((w) => !examples.some((a) => w.startsWith(`${a} in “`)))).toEqual([]);
    expect(variant.opencc).toBe(region);
  });
});

describe('the About page’s examples', () => {
  test.each(['zh-hans', 'zh-hant', 'zh-hk'] as const)('%s: each example pair shows two different forms', (id) => {
    const text = toString(getAbout(id).body);
    const pairs = [...text.matchAll(/(\p{Script=Han})→(\p{Script=Han})/gu)];
    expect(pairs.length).toBeGreaterThanOrEqual(6);
    for (const [pair, from, to] of pairs) {
      // 着→着 is Hong Kong keeping the form: the one example that means "the same".
      if (pair === '着→着') continue;
      expect(from, pair).not.toBe(to);
    }
    // The examples are written once and shown as written in every edition.
    expect(text).toContain('为→為、里→裡、着→著');
    expect(text).toContain('里→裏、说→説、着→着');
    expect(text).toContain('干→乾、幹、干；发→發、髮');
  });
});

describe('the regional-wording layer over the essays', () => {
  const site = getSite();
  const canonical = getArticles(canonicalVariant.id);

  test('every occurrence of a term in the five essays is reviewed (the review is complete and current)', () => {
    let occurrences = 0;
    const swapped = { tw: 0, hk: 0 };
    for (const article of canonical) {
      const review = loadEssayReview(article.slug, article.body, table);
      expect(review.notices, article.slug).toEqual([]);
      const candidates = [...toHtml(article.body).matchAll(/<p id="(p-\d+)"/g)].length;
      expect(candidates).toBeGreaterThan(0);
      occurrences += review.occurrences.length;
      for (const o of review.occurrences) {
        if (o.forms.tw) swapped.tw += 1;
        if (o.forms.hk) swapped.hk += 1;
      }
    }
    console.log(
      `regional review: ${occurrences} occurrences, ${swapped.tw} swapped for Taiwan, ${swapped.hk} for Hong Kong`,
    );
    expect(occurrences).toBeGreaterThan(300);
  });

  test('Taiwan and Hong Kong pages offer their words; Simplified and English offer none', () => {
    expect(site).toBeDefined();
    for (const id of ['zh-hans', 'en'] as const) {
      for (const a of getArticles(id)) expect(Object.keys(a.wording)).toEqual([]);
    }
    const twRace = getArticles('zh-hant').find((a) => a.slug === 'ai-race-002')!;
    const forms = Object.values(twRace.wording).flat();
    expect(forms.some((s) => s.term === '硅谷' && s.form === '矽谷')).toBe(true);
    const hkStrike = getArticles('zh-hk').find((a) => a.slug === 'ai-strike-human-involution')!;
    // Hong Kong says 軟件: nothing to swap for 软件 on its pages.
    expect(
      Object.values(hkStrike.wording)
        .flat()
        .some((s) => s.term === '软件'),
    ).toBe(false);
  });

  test('the markup carries both words, the author’s first; the model’s body stays plain', () => {
    const article = getArticles('zh-hant').find((a) => a.slug === 'ai-race-002')!;
    const html = toHtml(wrapRegionalWords(article.body, article.wording));
    expect(html).toMatch(
      /<span class="rw" data-rw="硅谷"><span class="rw-a">硅谷<\/span><span class="rw-r">矽谷<\/span><\/span>/,
    );
    expect(toString(article.body)).not.toContain('矽谷');
  });

  test('a word split by markup is left alone and reported, the text unchanged', () => {
    const body: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: { id: 'p-1' },
          children: [
            { type: 'text', value: '硅' },
            { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: '谷软件' }] },
          ],
        },
      ],
    };
    const skipped: string[] = [];
    const out = wrapRegionalWords(
      body,
      {
        'p-1': [
          { start: 0, end: 2, term: '硅谷', form: '矽谷' },
          { start: 2, end: 4, term: '软件', form: '軟體' },
        ],
      },
      (_id, swap) => skipped.push(swap.term),
    );
    expect(skipped).toEqual(['硅谷']);
    expect(toHtml(out)).toBe(
      '<p id="p-1">硅<em>谷<span class="rw" data-rw="软件"><span class="rw-a">软件</span><span class="rw-r">軟體</span></span></em></p>',
    );
  });

  test('terms match leftmost-longest, as OpenCC segments', () => {
    expect(findTerms('大数据与数据', table).map((t) => t.term)).toContain('数据');
  });

  test('a Taiwan or Hong Kong word finds the author’s mainland one in search, unless the essays use it too', () => {
    const text = canonical.map((a) => toString(a.body)).join('\n');
    const phrases = new Map(regionalQueryPhrases(table, text).map((p) => [p.source, p.target]));
    expect(phrases.get('軟體')).toBe('软件');
    for (const [source] of phrases) expect(text.includes(source) && /\p{Script=Han}/u.test(source)).toBe(false);
    expect(regionOf(hant)).toBe('tw');
    expect(renderVoice('x', [], hans)).toBe('x');
  });
});
